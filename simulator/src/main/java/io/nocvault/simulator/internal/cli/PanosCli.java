package io.nocvault.simulator.internal.cli;

import java.util.List;

/** Palo Alto PAN-OS operational mode. */
final class PanosCli extends PlatformCli {

    PanosCli() {
        on(
                (c, l) -> {
                    c.setPagingOff(true);
                    c.reply();
                },
                "set cli pager off");
        on(
                (c, l) -> {
                    c.setPagingOff(false);
                    c.reply();
                },
                "set cli pager on");
        on((c, l) -> c.replyConfig(c.device().config().read(), false), "show config running");
        on((c, l) -> c.reply(info(c)), "show system info");
        on((c, l) -> c.logout(), "exit", "quit", "logout");
    }

    @Override
    public List<String> banner(CliContext c) {
        return List.of(
                "Last login: Mon Nov 23 09:12:44 2026 from 10.0.0.5",
                "",
                "Number of failed attempts since last successful login: 0",
                "",
                "");
    }

    @Override
    public String prompt(CliContext c) {
        return c.user() + "@" + c.device().hostname() + "> ";
    }

    @Override
    public String pagerText() {
        return "lines 1-24 ";
    }

    @Override
    protected List<String> unknown(CliContext c, String line) {
        return List.of("Invalid syntax.");
    }

    private static List<String> info(CliContext c) {
        return List.of(
                "",
                "hostname: " + c.device().hostname(),
                "ip-address: 10.0.0.10",
                "netmask: 255.255.255.0",
                "default-gateway: 10.0.0.1",
                "mac-address: 00:50:56:8a:11:22",
                "time: Mon Nov 23 10:00:00 2026",
                "uptime: " + Facts.clockUptime(c.device()),
                "family: vm",
                "model: PA-VM",
                "serial: " + Facts.serial(c.device(), "0079010"),
                "sw-version: 10.2.4",
                "app-version: 8700-8072",
                "threat-version: 8700-8072",
                "operational-mode: normal",
                "");
    }
}
