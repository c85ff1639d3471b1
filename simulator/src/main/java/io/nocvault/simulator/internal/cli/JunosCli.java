package io.nocvault.simulator.internal.cli;

import java.util.List;

/**
 * Juniper Junos: operational mode, configuration mode ({@code configure}) and terminal loading
 * ({@code load override terminal}, the config, Ctrl-D, {@code commit and-quit}).
 */
final class JunosCli extends PlatformCli {

    private static final String CONFIG = "config";
    private static final String LOAD = "load";
    private static final String LOADED = "loaded";

    JunosCli() {
        on(
                (c, l) -> {
                    c.setPagingOff(true);
                    c.reply("Screen length set to 0");
                },
                "set cli screen-length 0");
        onPrefix("set cli screen-length ", (c, l) -> {
            c.setPagingOff(false);
            c.reply("Screen length set to " + l.substring(l.lastIndexOf(' ') + 1));
        });
        on(
                (c, l) -> c.replyConfig(c.device().config().read(), l.endsWith("| no-more")),
                "show configuration",
                "show configuration | no-more");
        on((c, l) -> c.reply(version(c)), "show version");
        on(
                (c, l) -> {
                    c.setMode(CONFIG);
                    c.pushed().clear();
                    c.reply("Entering configuration mode");
                },
                "configure",
                "edit");
        on((c, l) -> c.logout(), "exit", "quit", "logout");
    }

    @Override
    public List<String> banner(CliContext c) {
        return List.of("--- JUNOS 21.4R3-S3.4 Kernel 64-bit  JNPR-12.1-20230324.6f3b5ae_buil", "");
    }

    @Override
    public String prompt(CliContext c) {
        String who = c.user() + "@" + c.device().hostname();
        return switch (c.mode()) {
            case LOAD -> "";
            case CONFIG, LOADED -> "\r\n[edit]\r\n" + who + "# ";
            default -> who + "> ";
        };
    }

    @Override
    public String pagerText() {
        return "---(more)---";
    }

    @Override
    protected List<String> unknown(CliContext c, String line) {
        return List.of(caret(width(prompt(c)), 0), "syntax error, expecting <command>.");
    }

    @Override
    public void execute(CliContext c, String raw) {
        switch (c.mode()) {
            case LOAD -> {
                c.pushed().add(raw);
                c.reply();
            }
            case CONFIG, LOADED -> configure(c, raw.strip().replaceAll("\\s+", " "));
            default -> super.execute(c, raw);
        }
    }

    @Override
    public boolean control(CliContext c, char ch, String partial) {
        if (ch != 0x04 || !c.mode().equals(LOAD)) {
            return false;
        }
        if (!partial.isEmpty()) {
            c.pushed().add(partial);
        }
        c.setMode(LOADED);
        c.reply("load complete");
        return true;
    }

    private void configure(CliContext c, String line) {
        switch (line) {
            case "" -> c.reply();
            case "load override terminal" -> {
                c.pushed().clear();
                c.setMode(LOAD);
                c.reply("[Type ^D at a new line to end input]");
            }
            case "commit" -> {
                commit(c);
                c.reply("commit complete");
            }
            case "commit and-quit" -> {
                commit(c);
                c.setMode("");
                c.reply("commit complete", "Exiting configuration mode", "");
            }
            case "exit", "quit", "exit configuration-mode" -> {
                c.pushed().clear();
                c.setMode("");
                c.reply("Exiting configuration mode", "");
            }
            case "rollback", "rollback 0" -> {
                c.pushed().clear();
                c.setMode(CONFIG);
                c.reply("load complete");
            }
            default -> c.reply(unknown(c, line));
        }
    }

    private static void commit(CliContext c) {
        if (c.mode().equals(LOADED) && !c.pushed().isEmpty()) {
            c.device().config().restore(c.pushed());
        }
        c.pushed().clear();
        c.setMode(CONFIG);
    }

    private static List<String> version(CliContext c) {
        return List.of(
                "Hostname: " + c.device().hostname(),
                "Model: mx204",
                "Junos: 21.4R3-S3.4",
                "JUNOS OS Kernel 64-bit  [20230324.6f3b5ae_builder_stable_12_214]",
                "JUNOS OS libs [20230324.6f3b5ae_builder_stable_12_214]",
                "JUNOS OS runtime [20230324.6f3b5ae_builder_stable_12_214]",
                "JUNOS py base [20230321.063308_builder_junos_214_r3_s3]",
                "JUNOS Routing Engine [21.4R3-S3.4]",
                "Chassis serial: " + Facts.serial(c.device(), "JN1"),
                "");
    }
}
