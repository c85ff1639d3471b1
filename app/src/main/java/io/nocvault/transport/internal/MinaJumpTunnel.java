package io.nocvault.transport.internal;

import io.nocvault.transport.JumpTunnel;
import io.nocvault.transport.SshEndpoint;
import org.apache.sshd.client.session.ClientSession;

/** An authenticated jump server session; each device connection is a direct-tcpip channel of it. */
record MinaJumpTunnel(SshEndpoint endpoint, ClientSession session) implements JumpTunnel {

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public void close() {
        session.close(false);
    }
}
