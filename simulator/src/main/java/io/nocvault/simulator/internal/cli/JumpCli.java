package io.nocvault.simulator.internal.cli;

import java.util.List;

/** The jump host's shell: a prompt and nothing else (it exists for port forwarding). */
final class JumpCli extends PlatformCli {

    JumpCli() {
        on((c, l) -> c.logout("logout"), "exit", "logout");
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
        return List.of("jump host: no shell here, only port forwarding to the simulated devices");
    }
}
