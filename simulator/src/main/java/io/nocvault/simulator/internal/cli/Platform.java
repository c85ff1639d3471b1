package io.nocvault.simulator.internal.cli;

import io.nocvault.simulator.internal.config.ConfigProfile;
import io.nocvault.simulator.internal.config.ConfigProfiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One emulated platform: its CLI and its config profile. */
public record Platform(String key, PlatformCli cli, ConfigProfile config) {

    /** The pseudo-platform of the jump host (not a device platform). */
    public static final String JUMP = "jump";

    private static final Map<String, Platform> ALL = new LinkedHashMap<>();

    static {
        add("cisco_ios", new CiscoCli(CiscoFlavor.IOS));
        add("cisco_iosxe", new CiscoCli(CiscoFlavor.IOSXE));
        add("cisco_nxos", new CiscoCli(CiscoFlavor.NXOS));
        add("cisco_iosxr", new CiscoCli(CiscoFlavor.IOSXR));
        add("cisco_asa", new CiscoCli(CiscoFlavor.ASA));
        add("arista_eos", new CiscoCli(CiscoFlavor.EOS));
        add("juniper_junos", new JunosCli());
        add("fortinet_fortios", new FortiosCli());
        add("paloalto_panos", new PanosCli());
        add("aruba_aoscx", new ArubaCli(false));
        add("hp_procurve", new ArubaCli(true));
        add("hp_comware", new HuaweiCli(true));
        add("huawei_vrp", new HuaweiCli(false));
        add("mikrotik_routeros", new RouterosCli());
        add("linux", new LinuxCli());
    }

    private static final Platform JUMP_PLATFORM = new Platform(JUMP, new JumpCli(), ConfigProfiles.of(JUMP));

    private static void add(String key, PlatformCli cli) {
        ALL.put(key, new Platform(key, cli, ConfigProfiles.of(key)));
    }

    /** The device platform keys, in the order of docs/platforms.md. */
    public static List<String> keys() {
        return List.copyOf(ALL.keySet());
    }

    public static Platform of(String key) {
        if (JUMP.equals(key)) {
            return JUMP_PLATFORM;
        }
        Platform p = ALL.get(key);
        if (p == null) {
            throw new IllegalArgumentException("unknown platform '" + key + "', known: " + keys());
        }
        return p;
    }
}
