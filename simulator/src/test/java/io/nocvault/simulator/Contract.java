package io.nocvault.simulator;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The client side of docs/platforms.md, written from the table independently of the simulator's code: how to log in,
 * the prompts, commands, end-of-config check, volatile lines and error text of each platform.
 */
record Contract(
        String key,
        boolean enable,
        List<String> pagingOff,
        String configCommand,
        String factsCommand,
        Predicate<String> endCheck,
        List<Pattern> volatileLines,
        boolean changesOnRead,
        List<Pattern> secrets,
        String error,
        String pager) {

    static final String MORE = " --More-- ";
    static final String INVALID = "% Invalid input detected at '^' marker.";
    static final String HP_MORE = "-- MORE --, next page: Space, next line: Enter, quit: Control-C";

    /** The prompt regex after login (and enable), for this device. */
    String prompt(SimulatedDevice d) {
        String h = Pattern.quote(d.hostname());
        String u = Pattern.quote(d.username());
        return switch (key) {
            case "cisco_iosxr" -> "RP/0/RP0/CPU0:" + h + "#";
            case "juniper_junos", "paloalto_panos" -> u + "@" + h + "> ";
            case "fortinet_fortios" -> h + " # ";
            case "hp_procurve" -> h + "# ";
            case "hp_comware", "huawei_vrp" -> "<" + h + ">";
            case "mikrotik_routeros" -> "\\[" + u + "@" + h + "\\] > ";
            case "linux" -> u + "@" + h + ":~\\$ ";
            default -> h + (enable ? "[>#]" : "#");
        };
    }

    String privilegedPrompt(SimulatedDevice d) {
        return enable ? Pattern.quote(d.hostname()) + "#" : prompt(d);
    }

    /** The privileged prompt, or any prompt of a sub-mode the paging-off commands enter (FortiOS console). */
    String anyPrompt(SimulatedDevice d) {
        return key.equals("fortinet_fortios")
                ? Pattern.quote(d.hostname()) + "(?: \\(console\\))? # "
                : privilegedPrompt(d);
    }

    /** The config as the simulator's {@code currentConfig()} should show it: volatile lines dropped, ENC removed. */
    String normalize(String config) {
        StringBuilder sb = new StringBuilder();
        for (String line : config.split("\n", -1)) {
            String l = line.replaceAll("ENC \\S+", "ENC <removed>");
            if (l.equals(line) && isVolatile(line)) {
                continue;
            }
            sb.append(l).append('\n');
        }
        String text = sb.toString();
        return text.endsWith("\n\n") ? text.substring(0, text.length() - 1) : text;
    }

    /** The login name to use (RouterOS: {@code +ct} drops colours). */
    String login(SimulatedDevice d) {
        return key.equals("mikrotik_routeros") ? d.username() + "+ct" : d.username();
    }

    boolean isVolatile(String line) {
        return volatileLines.stream().anyMatch(p -> p.matcher(line).find());
    }

    static final Map<String, Contract> ALL = Map.ofEntries(
            entry(cisco(
                    "cisco_ios",
                    true,
                    "terminal length 0",
                    lineIs("end"),
                    List.of(
                            "^! Last configuration change at ",
                            "^! NVRAM config last updated at ",
                            "^ntp clock-period \\d+",
                            "^Building configuration\\.\\.\\.",
                            "^Current configuration : \\d+ bytes"),
                    List.of(
                            "^enable secret 5 ",
                            "^username \\S+ .*secret 5 ",
                            "password 7 ",
                            "^snmp-server community "))),
            entry(cisco(
                    "cisco_iosxe",
                    true,
                    "terminal length 0",
                    lineIs("end"),
                    List.of(
                            "^! Last configuration change at ",
                            "^! NVRAM config last updated at ",
                            "^ntp clock-period \\d+",
                            "^Building configuration\\.\\.\\.",
                            "^Current configuration : \\d+ bytes"),
                    List.of("secret 9 ", "^username \\S+ .*secret 5 ", "password 7 ", "^snmp-server community "))),
            entry(cisco(
                    "cisco_nxos",
                    false,
                    "terminal length 0",
                    t -> t.contains("!Command: show running-config"),
                    List.of("^!Time: ", "^!Running configuration last done at: ", "^!Command: show running-config"),
                    List.of("password 5 ", "^snmp-server user \\S+ .* auth md5 "))),
            entry(cisco(
                    "cisco_iosxr",
                    false,
                    "terminal length 0",
                    lineIs("end"),
                    List.of(
                            "^[A-Z][a-z]{2} [A-Z][a-z]{2} +\\d+ \\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC$",
                            "^!! Last configuration change at ", "^Building configuration\\.\\.\\."),
                    List.of("secret 10 ", "password 7 "))),
            entry(cisco(
                    "cisco_asa",
                    true,
                    "terminal pager 0",
                    lineIs(": end"),
                    List.of("^: Written by .* at ", "^Cryptochecksum:", "^: Saved"),
                    List.of(
                            "^enable password .* encrypted",
                            "^username \\S+ password .* encrypted",
                            "pre-shared-key "))),
            entry(cisco(
                    "arista_eos",
                    true,
                    "terminal length 0",
                    lineIs("end"),
                    List.of("^! Time: ", "^! Command: show running-config"),
                    List.of("secret sha512 ", "^enable password sha512 ", "^snmp-server community "))),
            entry(new Contract(
                    "juniper_junos",
                    false,
                    List.of("set cli screen-length 0"),
                    "show configuration",
                    "show version",
                    t -> t.endsWith("}\n") && t.lines().anyMatch(l -> l.startsWith("version ")),
                    patterns("^## Last commit: "),
                    true,
                    patterns("encrypted-password \".*\"", "secret \".*\"; ## SECRET-DATA"),
                    "syntax error, expecting <command>.",
                    "---(more)---")),
            entry(new Contract(
                    "fortinet_fortios",
                    false,
                    List.of("config system console", "set output standard", "end"),
                    "show full-configuration",
                    "get system status",
                    t -> t.endsWith("\nend\n"),
                    patterns("^#config-version=", "^#conf_file_ver=", "^#buildno=", "^#global_vdom=", "ENC \\S+"),
                    true,
                    patterns("set password ENC ", "set passwd ENC ", "set psksecret ENC "),
                    "Unknown action 0",
                    "--More--")),
            entry(new Contract(
                    "paloalto_panos",
                    false,
                    List.of("set cli pager off"),
                    "show config running",
                    "show system info",
                    t -> t.endsWith("}\n"),
                    List.of(),
                    false,
                    patterns("phash .*;", "password .*;", "key .*;"),
                    "Invalid syntax.",
                    "lines 1-24 ")),
            entry(new Contract(
                    "aruba_aoscx",
                    false,
                    List.of("no page"),
                    "show running-config",
                    "show version",
                    t -> t.contains("Current configuration:"),
                    List.of(),
                    false,
                    patterns("password ciphertext ", "^snmp-server community "),
                    "Invalid input: ",
                    HP_MORE)),
            entry(new Contract(
                    "hp_procurve",
                    false,
                    List.of("no page"),
                    "show running-config",
                    "show version",
                    t -> t.contains("Running configuration:"),
                    patterns("^; .*Configuration Editor; Created on release #"),
                    false,
                    patterns("^password manager user-name \\S+ sha1 ", "^snmp-server community \".*\""),
                    "Invalid input: ",
                    HP_MORE)),
            entry(huawei(
                    "hp_comware", "screen-length disable", List.of(), patterns("password cipher ", "password hash "))),
            entry(huawei(
                    "huawei_vrp",
                    "screen-length 0 temporary",
                    patterns("^!Last configuration was updated at ", "^!Last configuration was saved at "),
                    patterns(" cipher ", "irreversible-cipher "))),
            entry(new Contract(
                    "mikrotik_routeros",
                    false,
                    List.of(),
                    "/export",
                    "/system resource print",
                    t -> t.contains("# software id =") || t.contains("# model ="),
                    patterns("^# \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d by RouterOS "),
                    true,
                    patterns("password=", "secret="),
                    "bad command name ",
                    null)),
            entry(new Contract(
                    "linux",
                    false,
                    List.of(),
                    "cat /etc/hostname /etc/hosts",
                    "uname -a",
                    t -> true,
                    List.of(),
                    false,
                    List.of(),
                    ": command not found",
                    null)));

    private static Contract cisco(
            String key, boolean enable, String paging, Predicate<String> end, List<String> vol, List<String> secrets) {
        return new Contract(
                key,
                enable,
                List.of(paging),
                "show running-config",
                "show version",
                end,
                patterns(vol),
                true,
                patterns(secrets),
                INVALID,
                MORE);
    }

    private static Contract huawei(String key, String paging, List<Pattern> vol, List<Pattern> secrets) {
        return new Contract(
                key,
                false,
                List.of(paging),
                "display current-configuration",
                "display version",
                lineIs("return"),
                vol,
                !vol.isEmpty(),
                secrets,
                "% Unrecognized command found at '^' position.",
                "  ---- More ----");
    }

    private static Map.Entry<String, Contract> entry(Contract c) {
        return Map.entry(c.key(), c);
    }

    private static Predicate<String> lineIs(String line) {
        return t -> t.lines().anyMatch(line::equals);
    }

    private static List<Pattern> patterns(String... regexes) {
        return patterns(List.of(regexes));
    }

    private static List<Pattern> patterns(List<String> regexes) {
        return regexes.stream().map(Pattern::compile).toList();
    }
}
