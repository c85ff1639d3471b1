package io.nocvault.simulator.internal.cli;

import java.util.List;

/** HPE Comware and Huawei VRP user view. */
final class HuaweiCli extends PlatformCli {

    private final boolean comware;

    HuaweiCli(boolean comware) {
        this.comware = comware;
        if (comware) {
            on((c, l) -> pager(c, true), "screen-length disable");
            on((c, l) -> pager(c, false), "undo screen-length disable");
        } else {
            on(
                    (c, l) -> {
                        c.setPagingOff(true);
                        c.reply("Info: The configuration takes effect on the current user terminal interface only.");
                    },
                    "screen-length 0 temporary");
            on((c, l) -> pager(c, false), "undo screen-length temporary");
        }
        on((c, l) -> c.replyConfig(c.device().config().read(), false), "display current-configuration");
        on((c, l) -> c.reply(version(c)), "display version");
        on((c, l) -> c.logout(), "quit", "logout", "exit");
    }

    private static void pager(CliContext c, boolean off) {
        c.setPagingOff(off);
        c.reply();
    }

    @Override
    public List<String> banner(CliContext c) {
        if (!comware) {
            return List.of(
                    "",
                    "Info: The max number of VTY users is 10, and the number",
                    "      of current VTY users on line is 1.",
                    "      The current login time is 2026-11-23 09:12:44+00:00.",
                    "");
        }
        return List.of(
                "",
                "******************************************************************************",
                "* Copyright (c) 2004-2023 New H3C Technologies Co., Ltd. All rights reserved.*",
                "* Without the owner's prior written consent,                                 *",
                "* no decompiling or reverse-engineering shall be allowed.                    *",
                "******************************************************************************",
                "");
    }

    @Override
    public String prompt(CliContext c) {
        return "<" + c.device().hostname() + ">";
    }

    @Override
    public String pagerText() {
        return "  ---- More ----";
    }

    @Override
    protected List<String> unknown(CliContext c, String line) {
        return List.of(caret(width(prompt(c)), 0), "% Unrecognized command found at '^' position.");
    }

    private List<String> version(CliContext c) {
        String host = c.device().hostname();
        String uptime = Facts.ciscoUptime(c.device());
        if (comware) {
            return List.of(
                    "H3C Comware Software, Version 7.1.070, Release 3208P03",
                    "Copyright (c) 2004-2023 New H3C Technologies Co., Ltd. All rights reserved.",
                    "H3C S5560X-54C-EI uptime is " + uptime,
                    "Last reboot reason : User reboot",
                    "",
                    "Boot image: flash:/s5560x_ei-cmw710-boot-r3208p03.bin",
                    "System image: flash:/s5560x_ei-cmw710-system-r3208p03.bin",
                    "Device name: " + host,
                    "");
        }
        return List.of(
                "Huawei Versatile Routing Platform Software",
                "VRP (R) software, Version 5.170 (S5735 V200R019C10SPC500)",
                "Copyright (C) 2000-2023 HUAWEI TECH Co., Ltd.",
                "HUAWEI S5735-L48T4X-A1 Routing Switch uptime is " + uptime,
                "Device name: " + host,
                "ESN: " + Facts.serial(c.device(), "2102353"),
                "");
    }
}
