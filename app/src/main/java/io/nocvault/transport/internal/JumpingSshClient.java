package io.nocvault.transport.internal;

import java.io.IOException;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.config.hosts.HostConfigEntry;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.io.IoConnector;
import org.apache.sshd.common.util.net.SshdSocketAddress;

/** MINA's client, able to connect to a device through a direct-tcpip channel of a jump server session. */
final class JumpingSshClient extends SshClient {

    /**
     * Connects to the target as seen from the jump server (its name is resolved there, not here), through a channel
     * of the jump session; the returned future is the one a TCP connect answers.
     */
    ConnectFuture connectThrough(ClientSession jump, String username, SshdSocketAddress target) throws IOException {
        HostConfigEntry entry = new HostConfigEntry("", target.getHostName(), target.getPort(), username);
        return doConnect(
                username,
                target,
                AttributeRepository.ofKeyValuePair(JumpChannelConnector.JUMP, jump),
                null,
                null,
                entry);
    }

    @Override
    protected IoConnector createConnector() {
        return new JumpChannelConnector(super.createConnector(), getSessionFactory());
    }
}
