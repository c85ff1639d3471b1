package io.nocvault.simulator.internal.config;

import static io.nocvault.simulator.internal.config.LineRule.header;
import static io.nocvault.simulator.internal.config.LineRule.stamped;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** The {@link ConfigProfile} of every platform of docs/platforms.md. */
public final class ConfigProfiles {

    private static final Map<String, ConfigProfile> PROFILES = new HashMap<>();
    private static final String GW = "10.0.0.1";

    static {
        ConfigProfile ios = ios(false);
        PROFILES.put("cisco_ios", ios);
        PROFILES.put("cisco_iosxe", ios(true));
        PROFILES.put("cisco_nxos", nxos());
        PROFILES.put("cisco_iosxr", iosxr());
        PROFILES.put("cisco_asa", asa());
        PROFILES.put("arista_eos", eos());
        PROFILES.put("juniper_junos", junos());
        PROFILES.put("fortinet_fortios", fortios());
        PROFILES.put("paloalto_panos", panos());
        PROFILES.put("aruba_aoscx", aoscx());
        PROFILES.put("hp_procurve", procurve());
        PROFILES.put("hp_comware", huawei(true));
        PROFILES.put("huawei_vrp", huawei(false));
        PROFILES.put("mikrotik_routeros", routeros());
        PROFILES.put("linux", linux());
        PROFILES.put("jump", new ConfigProfile(c -> List.of(), List.of(), List.of(), null, linux().mutation(), false));
    }

    private ConfigProfiles() {}

    public static ConfigProfile of(String platform) {
        ConfigProfile profile = PROFILES.get(platform);
        if (profile == null) {
            throw new IllegalArgumentException("no config profile for " + platform);
        }
        return profile;
    }

    private static MutationSpec spec(String description, String entry, IntFunction<String> line, String comment) {
        return new MutationSpec(
                Pattern.compile(description), Pattern.compile(entry), 1, n -> List.of(line.apply(n)), comment);
    }

    private static String net(int n) {
        return MutationSpec.network(n);
    }

    private static ConfigProfile ios(boolean xe) {
        List<String> header = List.of(
                "Building configuration...",
                "",
                "Current configuration : 0 bytes",
                "!",
                "! Last configuration change at 10:00:00 UTC Mon Nov 23 2026 by admin",
                "! NVRAM config last updated at 10:00:00 UTC Mon Nov 23 2026 by admin",
                "!");
        List<LineRule> rules = List.of(
                header("Building configuration..."),
                header("Current configuration : "),
                stamped(
                        "! Last configuration change at ",
                        s -> "! Last configuration change at " + s.ios() + " by admin"),
                stamped(
                        "! NVRAM config last updated at ",
                        s -> "! NVRAM config last updated at " + s.ios() + " by admin"),
                stamped("ntp clock-period ", s -> "ntp clock-period " + (17179000 + (s.counter() * 7919) % 1000)));
        MutationSpec mutation = spec(
                "^ description (?<text>.+)$",
                "^ip route 10\\.1\\d\\d\\.\\d+\\.0 ",
                n -> "ip route " + net(n) + " 255.255.255.0 " + GW,
                "!");
        return new ConfigProfile(new IosConfig(xe), rules, header, "end", mutation, true);
    }

    private static ConfigProfile nxos() {
        List<String> header = List.of(
                "!Command: show running-config",
                "!Running configuration last done at: Mon Nov 23 10:00:00 2026",
                "!Time: Mon Nov 23 10:00:00 2026",
                "",
                "version 9.3(10) Bios:version 05.45");
        List<LineRule> rules = List.of(
                header("!Command: show running-config"),
                stamped(
                        "!Running configuration last done at: ",
                        s -> "!Running configuration last done at: " + s.ctime()),
                stamped("!Time: ", s -> "!Time: " + s.ctime()));
        MutationSpec mutation = spec(
                "^  description (?<text>.+)$",
                "^ip route 10\\.1\\d\\d\\.\\d+\\.0/24 ",
                n -> "ip route " + net(n) + "/24 " + GW,
                "!");
        return new ConfigProfile(new NxosConfig(), rules, header, null, mutation, false);
    }

    private static ConfigProfile iosxr() {
        List<String> header = List.of(
                "Mon Nov 23 10:00:00.123 UTC",
                "Building configuration...",
                "!! IOS XR Configuration 7.5.2",
                "!! Last configuration change at Mon Nov 23 10:00:00 2026 by admin",
                "!");
        Pattern first = Pattern.compile("[A-Z][a-z]{2} [A-Z][a-z]{2} +\\d{1,2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} \\S+");
        List<LineRule> rules = List.of(
                LineRule.firstLine(first, ReadStamp::xr),
                header("Building configuration..."),
                stamped(
                        "!! Last configuration change at ",
                        s -> "!! Last configuration change at " + s.ctime() + " by admin"));
        MutationSpec mutation = spec(
                "^ description (?<text>.+)$", "^  10\\.1\\d\\d\\.\\d+\\.0/24 ", n -> "  " + net(n) + "/24 " + GW, "!");
        return new ConfigProfile(new IosxrConfig(), rules, header, "end", mutation, false);
    }

    private static ConfigProfile asa() {
        List<String> header = List.of(
                ": Saved",
                ":",
                ": Written by enable_15 at 10:00:00.123 UTC Mon Nov 23 2026",
                "!",
                "ASA Version 9.16(4) ",
                "!");
        List<LineRule> rules = List.of(
                header(": Saved"),
                stamped(": Written by ", s -> ": Written by enable_15 at " + s.iosMillis()),
                stamped("Cryptochecksum:", s -> "Cryptochecksum:" + checksum(s)));
        MutationSpec mutation = spec(
                "^ description (?<text>.+)$",
                "^route management 10\\.1\\d\\d\\.",
                n -> "route management " + net(n) + " 255.255.255.0 " + GW + " 1",
                "!");
        return new ConfigProfile(new AsaConfig(), rules, header, ": end", mutation, false);
    }

    private static String checksum(ReadStamp s) {
        long v = s.counter() * 0x9E3779B97F4A7C15L + s.epochMillis();
        return HexFormat.of().toHexDigits(v) + HexFormat.of().toHexDigits(Long.reverse(v));
    }

    private static ConfigProfile eos() {
        List<String> header = List.of("! Command: show running-config", "! Time: Mon Nov 23 10:00:00 2026");
        List<LineRule> rules =
                List.of(header("! Command: show running-config"), stamped("! Time: ", s -> "! Time: " + s.ctime()));
        MutationSpec mutation = spec(
                "^   description (?<text>.+)$",
                "^ip route 10\\.1\\d\\d\\.\\d+\\.0/24 ",
                n -> "ip route " + net(n) + "/24 " + GW,
                "!");
        return new ConfigProfile(new EosConfig(), rules, header, "end", mutation, false);
    }

    private static ConfigProfile junos() {
        List<String> header = List.of("## Last commit: 2026-11-23 10:00:00 UTC by admin");
        List<LineRule> rules =
                List.of(stamped("## Last commit: ", s -> "## Last commit: " + s.iso() + " UTC by admin"));
        MutationSpec mutation = spec(
                "^\\s+description \"(?<text>[^\"]*)\";$",
                "^\\s+route 10\\.1\\d\\d\\.\\d+\\.0/24 ",
                n -> "        route " + net(n) + "/24 next-hop " + GW + ";",
                "#");
        return new ConfigProfile(new JunosConfig(), rules, header, "}", mutation, false);
    }

    private static ConfigProfile fortios() {
        List<String> header = List.of(
                "#config-version=FGT60F-7.2.5-FW-build1517-230606:opmode=0:vdom=0:user=admin",
                "#conf_file_ver=3758096384",
                "#buildno=1517",
                "#global_vdom=1");
        List<LineRule> rules = List.of(
                header("#config-version="),
                stamped("#conf_file_ver=", s -> "#conf_file_ver=" + (3_758_096_384L + s.counter() * 7)),
                header("#buildno="),
                header("#global_vdom="),
                LineRule.reSalted());
        MutationSpec mutation = new MutationSpec(
                Pattern.compile("^\\s+set description \"(?<text>[^\"]*)\"$"),
                Pattern.compile("^    edit \"net-10\\.1\\d\\d\\."),
                4,
                n -> List.of(
                        "    edit \"net-" + net(n) + "\"",
                        "        set subnet " + net(n) + " 255.255.255.0",
                        "        set comment \"added by simulator, revision " + n + "\"",
                        "    next"),
                "#");
        return new ConfigProfile(new FortiosConfig(), rules, header, "end", mutation, false);
    }

    private static ConfigProfile panos() {
        MutationSpec mutation = new MutationSpec(
                Pattern.compile("^\\s+description \"(?<text>[^\"]*)\";$"),
                Pattern.compile("^            net-10\\.1\\d\\d\\.\\d+\\.0 \\{$"),
                4,
                n -> List.of(
                        "            net-" + net(n) + " {",
                        "              ip-netmask " + net(n) + "/24;",
                        "              description \"added by simulator, revision " + n + "\";",
                        "            }"),
                "#");
        return new ConfigProfile(new PanosConfig(), List.of(), List.of(), "}", mutation, false);
    }

    private static ConfigProfile aoscx() {
        List<String> header = List.of(
                "Current configuration:", "!", "!Version ArubaOS-CX FL.10.10.1030", "!export-password: default");
        MutationSpec mutation = spec(
                "^    description (?<text>.+)$",
                "^ip route 10\\.1\\d\\d\\.",
                n -> "ip route " + net(n) + "/24 " + GW,
                "!");
        return new ConfigProfile(new ArubaConfig(false), List.of(), header, null, mutation, false);
    }

    private static ConfigProfile procurve() {
        List<String> header = List.of(
                "Running configuration:", "", "; J9729A Configuration Editor; Created on release #WB.16.10.0012");
        LineRule editor = new LineRule() {
            @Override
            public boolean matches(String line, int index) {
                return line.startsWith("; ") && line.contains("Configuration Editor; Created on release #");
            }

            @Override
            public String refresh(String line, ReadStamp stamp, int index) {
                return line;
            }
        };
        MutationSpec mutation = spec(
                "^   name \"(?<text>[^\"]*)\"$",
                "^ip route 10\\.1\\d\\d\\.",
                n -> "ip route " + net(n) + " 255.255.255.0 " + GW,
                ";");
        return new ConfigProfile(new ArubaConfig(true), List.of(editor), header, null, mutation, false);
    }

    private static ConfigProfile huawei(boolean comware) {
        List<String> header = comware
                ? List.of()
                : List.of(
                        "!Software Version V200R019C10SPC500",
                        "!Last configuration was updated at 2026-11-23 10:00:00+00:00 by SYSTEM automatically",
                        "!Last configuration was saved at 2026-11-23 10:00:00+00:00 by admin");
        List<LineRule> rules = comware
                ? List.of()
                : List.of(
                        stamped(
                                "!Last configuration was updated at ",
                                s -> "!Last configuration was updated at " + s.iso()
                                        + "+00:00 by SYSTEM automatically"),
                        stamped(
                                "!Last configuration was saved at ",
                                s -> "!Last configuration was saved at " + s.iso() + "+00:00 by admin"));
        String prefix = comware ? " " : "";
        String mask = comware ? " 24 " : " 255.255.255.0 ";
        MutationSpec mutation = spec(
                "^ description (?<text>.+)$",
                "^" + prefix + "ip route-static 10\\.1\\d\\d\\.",
                n -> prefix + "ip route-static " + net(n) + mask + GW,
                "#");
        return new ConfigProfile(new HuaweiConfig(comware), rules, header, "return", mutation, false);
    }

    private static ConfigProfile routeros() {
        List<String> header = List.of("# 2026-11-23 10:00:00 by RouterOS 7.16.1");
        Pattern first = Pattern.compile("# \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d by RouterOS .*");
        List<LineRule> rules = List.of(LineRule.firstLine(first, s -> "# " + s.iso() + " by RouterOS 7.16.1"));
        MutationSpec mutation = spec(
                "comment=\"(?<text>[^\"]*)\"",
                "^add dst-address=10\\.1\\d\\d\\.",
                n -> "add dst-address=" + net(n) + "/24 gateway=" + GW,
                "#");
        return new ConfigProfile(new RouterosConfig(), rules, header, null, mutation, false);
    }

    private static ConfigProfile linux() {
        MutationSpec mutation = spec(
                "\\t# (?<text>.+)$",
                "^10\\.1\\d\\d\\.\\d+\\.1\\t",
                n -> net(n).replaceAll("0$", "1") + "\thost-" + n + ".example.net\thost-" + n + "\t# added revision "
                        + n,
                "#");
        return new ConfigProfile(new LinuxConfig(), List.of(), List.of(), null, mutation, false);
    }
}
