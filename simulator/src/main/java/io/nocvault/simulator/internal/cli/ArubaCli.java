package io.nocvault.simulator.internal.cli;

import java.util.List;

/** Aruba AOS-CX and HPE ProCurve / ArubaOS-Switch. */
final class ArubaCli extends PlatformCli {

    private final boolean procurve;

    ArubaCli(boolean procurve) {
        this.procurve = procurve;
        on(
                (c, l) -> {
                    c.setPagingOff(true);
                    c.reply();
                },
                "no page");
        on(
                (c, l) -> {
                    c.setPagingOff(false);
                    c.reply();
                },
                "page");
        on((c, l) -> c.replyConfig(c.device().config().read(), false), "show running-config");
        on((c, l) -> c.reply(version(c)), "show version");
        on((c, l) -> c.logout(), "exit", "logout", "quit");
    }

    @Override
    public List<String> banner(CliContext c) {
        if (!procurve) {
            return List.of(
                    "Last login: 2026-11-23 09:12:44 from 10.0.0.5",
                    "User \"" + c.user() + "\" has logged in 3 times in the past 30 days",
                    "");
        }
        return List.of(
                "HPE 2920-48G Switch",
                "Software revision WB.16.10.0012",
                "",
                "(C) Copyright 2020 Hewlett Packard Enterprise Development LP",
                "",
                "                   RESTRICTED RIGHTS LEGEND",
                " Use, duplication, or disclosure by the Government is subject to restrictions",
                " as set forth in subdivision (b) (3) (ii) of the Rights in Technical Data and",
                " Computer Software clause at 52.227-7013.",
                "",
                "We'd like to keep you up to date about:",
                "  * Software feature updates",
                "  * New product announcements",
                "  * Special events",
                "",
                "Please register your products now at:  https://www.hpe.com/networking/register",
                "",
                "");
    }

    @Override
    public boolean pressAnyKey() {
        return procurve;
    }

    @Override
    public String prompt(CliContext c) {
        return c.device().hostname() + (procurve ? "# " : "#");
    }

    @Override
    public String pagerText() {
        return "-- MORE --, next page: Space, next line: Enter, quit: Control-C";
    }

    @Override
    protected List<String> unknown(CliContext c, String line) {
        return List.of("Invalid input: " + line.split(" ")[0]);
    }

    private List<String> version(CliContext c) {
        if (procurve) {
            return List.of(
                    "Image stamp:    /ws/swbuildm/rel_ukiah_qaoff/code/build/bom(swbuildm_rel_ukiah_qaoff_rel_ukiah)",
                    "                Mar 15 2023 13:05:54",
                    "                WB.16.10.0012",
                    "                1023",
                    "Boot Image:     Primary",
                    "");
        }
        return List.of(
                "-----------------------------------------------------------------------------",
                "ArubaOS-CX",
                "(c) Copyright 2017-2023 Hewlett Packard Enterprise Development LP",
                "-----------------------------------------------------------------------------",
                "Version      : FL.10.10.1030",
                "Build Date   : 2023-03-14 19:22:40 UTC",
                "Build ID     : ArubaOS-CX:FL.10.10.1030:1d2b3a4c5d6e:202303141922",
                "Service OS Version : FL.01.12.0003",
                "BIOS Version       : FL.01.0002",
                "Serial Number      : " + Facts.serial(c.device(), "SG0"),
                "");
    }
}
