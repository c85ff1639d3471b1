package io.nocvault.simulator.internal.cli;

import java.util.List;

/**
 * MikroTik RouterOS. Never pages. Without the {@code c} login flag ({@code admin+ct}) the prompt is coloured with
 * ANSI codes, as on the real device.
 */
final class RouterosCli extends PlatformCli {

    RouterosCli() {
        on((c, l) -> c.replyConfig(c.device().config().read(), true), "/export", "export");
        on((c, l) -> c.reply(resource(c)), "/system resource print", "system resource print");
        on((c, l) -> c.logout("interrupted"), "/quit", "quit", "exit");
    }

    @Override
    public List<String> banner(CliContext c) {
        return List.of(
                "",
                "  MMM      MMM       KKK                          TTTTTTTTTTT      KKK",
                "  MMMM    MMMM       KKK                          TTTTTTTTTTT      KKK",
                "  MMM MMMM MMM  III  KKK  KKK  RRRRRR     OOOOOO      TTT     III  KKK  KKK",
                "  MMM  MM  MMM  III  KKKKK     RRR  RRR  OOO  OOO     TTT     III  KKKKK",
                "",
                "  MikroTik RouterOS 7.16.1 (c) 1999-2024       https://www.mikrotik.com/",
                "");
    }

    @Override
    public String prompt(CliContext c) {
        String host = c.device().hostname();
        if (colours(c)) {
            return "[\u001b[36m" + c.user() + "\u001b[m@\u001b[32m" + host + "\u001b[m] > ";
        }
        return "[" + c.user() + "@" + host + "] > ";
    }

    private static boolean colours(CliContext c) {
        int plus = c.loginName().indexOf('+');
        return plus < 0 || c.loginName().indexOf('c', plus) < 0;
    }

    @Override
    public String pagerText() {
        return null;
    }

    @Override
    protected List<String> unknown(CliContext c, String line) {
        return List.of("bad command name " + line.split(" ")[0] + " (line 1 column 1)");
    }

    private static List<String> resource(CliContext c) {
        return List.of(
                "                   uptime: " + Facts.clockUptime(c.device()),
                "                  version: 7.16.1 (stable)",
                "               build-time: 2024-10-10 14:03:32",
                "         factory-software: 7.1",
                "              free-memory: 3458.2MiB",
                "             total-memory: 4096.0MiB",
                "                      cpu: ARM64",
                "                cpu-count: 4",
                "            cpu-frequency: 1700MHz",
                "                 cpu-load: 1%",
                "           free-hdd-space: 97.4MiB",
                "          total-hdd-space: 128.0MiB",
                "        architecture-name: arm64",
                "               board-name: CCR2004-1G-12S+2XS",
                "                 platform: MikroTik",
                "");
    }
}
