package io.nocvault.transport;

import io.nocvault.noc.JumpServer;

/** The one rule for turning a NOC's jump server into an SSH endpoint (host key pinned as {@code jump:<nocId>}). */
public final class JumpEndpoints {

    private JumpEndpoints() {}

    public static SshEndpoint of(JumpServer jump) {
        return new SshEndpoint(
                jump.host(),
                jump.port(),
                new SshCredentials(jump.username(), jump.password(), jump.privateKey()),
                "jump:" + jump.nocId(),
                jump.nocId(),
                "jump server of " + jump.nocName() + " (" + jump.host() + ":" + jump.port() + ")");
    }
}
