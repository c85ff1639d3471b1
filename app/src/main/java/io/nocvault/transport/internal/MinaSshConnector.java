package io.nocvault.transport.internal;

import io.nocvault.transport.ConnectStep;
import io.nocvault.transport.DeviceShell;
import io.nocvault.transport.JumpTunnel;
import io.nocvault.transport.SshEndpoint;
import io.nocvault.transport.StepListener;
import io.nocvault.transport.TransportException;
import io.nocvault.transport.TransportTimeouts;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.PtyChannelConfiguration;
import org.springframework.stereotype.Component;

/** {@link io.nocvault.transport.SshConnector} on MINA SSHD. */
@Component
class MinaSshConnector implements io.nocvault.transport.SshConnector {

    private static final int PTY_COLUMNS = 511;
    private static final int PTY_ROWS = 24;

    private final SessionOpener opener;
    private final SshClientHolder holder;
    private final Duration jumpKeepAlive;

    MinaSshConnector(SessionOpener opener, SshClientHolder holder, TransportProperties properties) {
        this.opener = opener;
        this.holder = holder;
        this.jumpKeepAlive = properties.jumpKeepAlive();
    }

    @Override
    public JumpTunnel openJump(SshEndpoint jump, TransportTimeouts timeouts, StepListener steps) {
        StepClock clock = new StepClock(steps, true);
        InetSocketAddress address =
                clock.step(ConnectStep.DNS, () -> opener.resolve(jump.host(), jump.port(), timeouts));
        ClientSession session = opener.open(jump, address, timeouts, clock);
        JumpKeepAlive.start(
                session, jump.label(), jumpKeepAlive, holder.client().getScheduledExecutorService());
        return new MinaJumpTunnel(jump, session);
    }

    @Override
    public DeviceShell openShell(SshEndpoint device, JumpTunnel via, TransportTimeouts timeouts, StepListener steps) {
        StepClock clock = new StepClock(steps, false);
        ClientSession session = null;
        try {
            if (via == null) {
                InetSocketAddress address =
                        clock.step(ConnectStep.DNS, () -> opener.resolve(device.host(), device.port(), timeouts));
                session = opener.open(device, address, timeouts, clock);
            } else {
                session = opener.openThrough(jumpSession((MinaJumpTunnel) via), device, timeouts, clock);
            }
            ClientSession opened = session;
            ChannelShell channel = clock.step(ConnectStep.SHELL, () -> shell(opened, timeouts));
            return new MinaDeviceShell(session, channel, (Utf8Sink) channel.getOut());
        } catch (RuntimeException e) {
            if (session != null) {
                session.close(true);
            }
            throw e;
        }
    }

    private static ClientSession jumpSession(MinaJumpTunnel via) {
        if (!via.isOpen()) {
            throw new TransportException(
                    ConnectStep.TCP_CONNECT, false, true, "TCP connect failed: the jump server session is closed");
        }
        return via.session();
    }

    private static ChannelShell shell(ClientSession session, TransportTimeouts timeouts) throws Exception {
        PtyChannelConfiguration pty = new PtyChannelConfiguration();
        pty.setPtyType("vt100");
        pty.setPtyColumns(PTY_COLUMNS);
        pty.setPtyLines(PTY_ROWS);
        ChannelShell channel = session.createShellChannel(pty, Map.of());
        Utf8Sink sink = new Utf8Sink();
        channel.setOut(sink);
        channel.setErr(sink);
        channel.setRedirectErrorStream(true);
        channel.open().verify(timeouts.login());
        return channel;
    }
}
