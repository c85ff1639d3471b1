package io.nocvault.simulator.internal.cli;

import java.util.List;

/** Fortinet FortiOS; paging is switched in {@code config system console} and takes effect at {@code end}. */
final class FortiosCli extends PlatformCli {

    private static final String CONSOLE = "console";
    private static final String CONSOLE_STANDARD = "console-standard";
    private static final String CONSOLE_MORE = "console-more";

    FortiosCli() {
        on((c, l) -> c.replyConfig(c.device().config().read(), false), "show full-configuration");
        on((c, l) -> c.reply(status(c)), "get system status");
        on(
                (c, l) -> {
                    c.setMode(CONSOLE);
                    c.reply();
                },
                "config system console");
        on((c, l) -> c.logout(), "exit", "logout", "quit");
    }

    @Override
    public String prompt(CliContext c) {
        String host = c.device().hostname();
        return c.mode().startsWith(CONSOLE) ? host + " (console) # " : host + " # ";
    }

    @Override
    public String pagerText() {
        return "--More--";
    }

    @Override
    protected List<String> unknown(CliContext c, String line) {
        return List.of("Unknown action 0");
    }

    @Override
    public void execute(CliContext c, String raw) {
        if (!c.mode().startsWith(CONSOLE)) {
            super.execute(c, raw);
            return;
        }
        String line = raw.strip().replaceAll("\\s+", " ");
        switch (line) {
            case "" -> c.reply();
            case "set output standard" -> {
                c.setMode(CONSOLE_STANDARD);
                c.reply();
            }
            case "set output more" -> {
                c.setMode(CONSOLE_MORE);
                c.reply();
            }
            case "end" -> {
                if (c.mode().equals(CONSOLE_STANDARD)) {
                    c.setPagingOff(true);
                } else if (c.mode().equals(CONSOLE_MORE)) {
                    c.setPagingOff(false);
                }
                c.setMode("");
                c.reply();
            }
            case "abort" -> {
                c.setMode("");
                c.reply();
            }
            default ->
                c.reply("command parse error before '" + line.split(" ")[0] + "'", "Command fail. Return code -61");
        }
    }

    private static List<String> status(CliContext c) {
        return List.of(
                "Version: FortiGate-60F v7.2.5,build1517,230606 (GA.F)",
                "Virus-DB: 91.04712(2023-06-30 15:29)",
                "Serial-Number: " + Facts.serial(c.device(), "FGT60F"),
                "BIOS version: 05000029",
                "Log hard disk: Not available",
                "Hostname: " + c.device().hostname(),
                "Operation Mode: NAT",
                "Current virtual domain: root",
                "Max number of virtual domains: 10",
                "Virtual domain configuration: disable",
                "FIPS-CC mode: disable",
                "Current HA mode: standalone",
                "Branch point: 1517",
                "Release Version Information: GA",
                "System time: Mon Nov 23 10:00:00 2026",
                "Last reboot reason: warm reboot");
    }
}
