package io.nocvault.simulator.internal.cli;

import io.nocvault.simulator.Fault;
import java.util.List;

/** Cisco IOS, IOS-XE, NX-OS, IOS-XR, ASA and Arista EOS. */
final class CiscoCli extends PlatformCli {

    private static final String INVALID = "% Invalid input detected at '^' marker.";

    private final CiscoFlavor flavor;

    CiscoCli(CiscoFlavor flavor) {
        this.flavor = flavor;
        on(
                (c, l) -> {
                    c.setPagingOff(true);
                    c.reply();
                },
                flavor.pagingOff);
        onPrefix(flavor == CiscoFlavor.ASA ? "terminal pager " : "terminal length ", (c, l) -> {
            c.setPagingOff(l.endsWith(" 0"));
            c.reply();
        });
        on((c, l) -> showRun(c, l.endsWith("| no-more")), "show running-config", "show run");
        if (flavor.noMore()) {
            on((c, l) -> showRun(c, true), "show running-config | no-more");
        }
        on((c, l) -> c.reply(CiscoFacts.version(flavor, c.device())), "show version");
        if (flavor == CiscoFlavor.IOS || flavor == CiscoFlavor.IOSXE) {
            on((c, l) -> c.reply(CiscoFacts.inventory(c.device())), "show inventory");
        }
        if (flavor.enable) {
            on(this::enable, "enable");
            on(
                    (c, l) -> {
                        c.setPrivileged(false);
                        c.reply();
                    },
                    "disable");
        }
        if (flavor.configMode) {
            on(this::configure, "configure terminal", "configure", "conf t");
            on((c, l) -> c.reply(), "end");
        }
        on((c, l) -> c.logout(), "exit", "logout", "quit");
    }

    @Override
    public List<String> banner(CliContext c) {
        String host = c.device().hostname();
        return switch (flavor) {
            case IOS, IOSXE -> List.of("", "Authorized access only - " + host, "");
            case NXOS ->
                List.of(
                        "Cisco Nexus Operating System (NX-OS) Software",
                        "TAC support: http://www.cisco.com/tac",
                        "Copyright (C) 2002-2023, Cisco and/or its affiliates.",
                        "All rights reserved.",
                        "");
            case ASA -> List.of("Type help or '?' for a list of available commands.");
            case EOS -> List.of("Last login: Mon Nov 23 09:12:44 2026 from 10.0.0.5");
            case IOSXR -> List.of("");
        };
    }

    @Override
    public String prompt(CliContext c) {
        String host = c.device().hostname();
        if (c.mode().startsWith("config")) {
            return host + "(" + c.mode() + ")#";
        }
        boolean privileged = c.privileged() || !flavor.enable;
        return flavor.promptPrefix + host + (privileged ? "#" : ">");
    }

    @Override
    public String pagerText() {
        return " --More-- ";
    }

    @Override
    protected List<String> unknown(CliContext c, String line) {
        int column = line.startsWith("show ") ? 5 : 0;
        return List.of(caret(width(prompt(c)), column), INVALID, "");
    }

    @Override
    public void execute(CliContext c, String raw) {
        if (c.mode().startsWith("config")) {
            configLine(c, raw);
        } else {
            super.execute(c, raw);
        }
    }

    @Override
    public boolean control(CliContext c, char ch, String partial) {
        if (ch == 0x1a && c.mode().startsWith("config")) {
            finishConfig(c);
            return true;
        }
        return false;
    }

    private boolean privileged(CliContext c) {
        return c.privileged() || !flavor.enable;
    }

    private void showRun(CliContext c, boolean noPager) {
        if (!privileged(c)) {
            c.reply(unknown(c, "show running-config"));
            return;
        }
        c.replyConfig(c.device().config().read(), noPager);
    }

    private void enable(CliContext c, String line) {
        String secret = c.device().enableSecret();
        boolean refused = c.device().hasFault(Fault.ENABLE_REFUSED);
        if (c.privileged() || secret == null && !refused) {
            c.setPrivileged(true);
            c.reply();
            return;
        }
        c.askSecret("Password: ", typed -> {
            if (!c.device().hasFault(Fault.ENABLE_REFUSED) && typed.equals(secret)) {
                c.setPrivileged(true);
                c.reply();
            } else {
                c.reply(flavor.enableDenied, "");
            }
        });
    }

    private void configure(CliContext c, String line) {
        if (!privileged(c)) {
            c.reply(unknown(c, line));
            return;
        }
        c.pushed().clear();
        c.setMode("config");
        c.reply("Enter configuration commands, one per line.  End with CNTL/Z.");
    }

    private void configLine(CliContext c, String raw) {
        String t = raw.strip();
        boolean indented = !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
        if (t.equals("end")) {
            finishConfig(c);
        } else if (t.equals("exit") && !indented) {
            if (c.mode().equals("config")) {
                finishConfig(c);
            } else {
                c.setMode("config");
                c.reply();
            }
        } else {
            c.pushed().add(raw);
            c.setMode(subMode(raw, indented, c.mode()));
            c.reply();
        }
    }

    private static String subMode(String raw, boolean indented, String current) {
        String t = raw.strip();
        if (indented || t.isEmpty() || t.startsWith("!")) {
            return current;
        }
        if (t.startsWith("interface ")) {
            return "config-if";
        } else if (t.startsWith("router ")) {
            return "config-router";
        } else if (t.startsWith("line ")) {
            return "config-line";
        } else if (t.startsWith("vlan ")) {
            return "config-vlan";
        } else if (t.startsWith("ip access-list ")) {
            return "config-acl";
        }
        return "config";
    }

    private static void finishConfig(CliContext c) {
        if (!c.pushed().isEmpty()) {
            c.device().config().restore(c.pushed());
        }
        c.pushed().clear();
        c.setMode("");
        c.reply();
    }
}
