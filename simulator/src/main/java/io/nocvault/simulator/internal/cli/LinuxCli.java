package io.nocvault.simulator.internal.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A generic Linux host with bash. The device config is {@code /etc/hostname} followed by {@code /etc/hosts}. */
final class LinuxCli extends PlatformCli {

    private static final Map<String, List<String>> STATIC_FILES = Map.of(
            "/etc/resolv.conf", List.of("search example.net", "nameserver 10.0.0.53", "nameserver 10.0.1.53"),
            "/etc/timezone", List.of("Etc/UTC"),
            "/etc/debian_version", List.of("12.5"));

    LinuxCli() {
        onPrefix("cat ", LinuxCli::cat);
        on((c, l) -> c.reply(uname(c)), "uname -a");
        on((c, l) -> c.reply(c.device().hostname()), "hostname");
        on((c, l) -> c.reply(c.user()), "whoami");
        on((c, l) -> c.logout("logout"), "exit", "logout");
    }

    @Override
    public List<String> banner(CliContext c) {
        return List.of(
                uname(c),
                "",
                "The programs included with the Debian GNU/Linux system are free software;",
                "the exact distribution terms for each program are described in the",
                "individual files in /usr/share/doc/*/copyright.",
                "",
                "Last login: Mon Nov 23 09:12:44 2026 from 10.0.0.5");
    }

    @Override
    public String prompt(CliContext c) {
        return c.user() + "@" + c.device().hostname() + ":~$ ";
    }

    @Override
    public String pagerText() {
        return null;
    }

    @Override
    protected List<String> unknown(CliContext c, String line) {
        return List.of("-bash: " + line.split(" ")[0] + ": command not found");
    }

    private static String uname(CliContext c) {
        return "Linux " + c.device().hostname()
                + " 6.1.0-18-amd64 #1 SMP PREEMPT_DYNAMIC Debian 6.1.76-1 (2024-02-01) x86_64 GNU/Linux";
    }

    private static void cat(CliContext c, String line) {
        List<String> config = null;
        List<String> out = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (String file : line.substring(4).split(" ")) {
            if (file.equals("/etc/hostname") || file.equals("/etc/hosts")) {
                if (config == null) {
                    config = c.device().config().read();
                }
                boolean hostname = file.equals("/etc/hostname");
                out.addAll(
                        hostname
                                ? config.subList(0, Math.min(1, config.size()))
                                : config.subList(Math.min(1, config.size()), config.size()));
            } else if (STATIC_FILES.containsKey(file)) {
                out.addAll(STATIC_FILES.get(file));
            } else {
                errors.add("cat: " + file + ": No such file or directory");
            }
        }
        if (out.isEmpty()) {
            c.reply(errors);
        } else {
            out.addAll(errors);
            c.replyConfig(out, true);
        }
    }
}
