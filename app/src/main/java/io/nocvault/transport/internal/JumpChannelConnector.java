package io.nocvault.transport.internal;

import java.net.SocketAddress;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.sshd.client.channel.ChannelDirectTcpip;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.AttributeRepository;
import org.apache.sshd.common.AttributeRepository.AttributeKey;
import org.apache.sshd.common.channel.StreamingChannel;
import org.apache.sshd.common.future.CloseFuture;
import org.apache.sshd.common.future.SshFutureListener;
import org.apache.sshd.common.io.DefaultIoConnectFuture;
import org.apache.sshd.common.io.IoConnectFuture;
import org.apache.sshd.common.io.IoConnector;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoServiceEventListener;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.util.net.SshdSocketAddress;

/**
 * The client's connector: a connection asked for with a {@link #JUMP} session in its context becomes a direct-tcpip
 * channel of that session ({@link JumpChannelSession}); any other is a TCP connection of MINA's own connector.
 */
final class JumpChannelConnector implements IoConnector {

    /** The jump server session to reach the target through. */
    static final AttributeKey<ClientSession> JUMP = new AttributeKey<>();

    /** The originator address a direct-tcpip request names; the channel has no local socket of its own. */
    private static final SshdSocketAddress ORIGINATOR = new SshdSocketAddress("127.0.0.1", 0);

    private final IoConnector tcp;
    private final IoHandler handler;
    private final Map<Long, IoSession> channels = new ConcurrentHashMap<>();

    JumpChannelConnector(IoConnector tcp, IoHandler handler) {
        this.tcp = tcp;
        this.handler = handler;
    }

    @Override
    public IoConnectFuture connect(SocketAddress target, AttributeRepository context, SocketAddress local) {
        ClientSession jump = context == null ? null : context.getAttribute(JUMP);
        if (jump == null) {
            return tcp.connect(target, context, local);
        }
        DefaultIoConnectFuture future = new DefaultIoConnectFuture(target, null);
        try {
            ChannelDirectTcpip channel =
                    jump.createDirectTcpipChannel(ORIGINATOR, SshdSocketAddress.toSshdSocketAddress(target));
            channel.setStreaming(StreamingChannel.Streaming.Async);
            channel.open().addListener(opened -> {
                if (opened.isOpened()) {
                    connected(future, channel, context);
                } else {
                    channel.close(true);
                    future.setException(opened.getException());
                }
            });
        } catch (Exception e) {
            future.setException(e);
        }
        return future;
    }

    private void connected(DefaultIoConnectFuture future, ChannelDirectTcpip channel, AttributeRepository context) {
        JumpChannelSession session = new JumpChannelSession(this, handler, channel, s -> channels.remove(s.getId()));
        session.setAttribute(AttributeRepository.class, context);
        try {
            handler.sessionCreated(session);
            channels.put(session.getId(), session);
            future.setSession(session);
            if (future.isCanceled() || future.getSession() != session) {
                session.close(true);
                return;
            }
            session.startReading();
        } catch (Throwable e) {
            session.close(true);
            future.setException(e);
        }
    }

    @Override
    public Map<Long, IoSession> getManagedSessions() {
        Map<Long, IoSession> all = new HashMap<>(tcp.getManagedSessions());
        all.putAll(channels);
        return all;
    }

    @Override
    public IoServiceEventListener getIoServiceEventListener() {
        return tcp.getIoServiceEventListener();
    }

    @Override
    public void setIoServiceEventListener(IoServiceEventListener listener) {
        tcp.setIoServiceEventListener(listener);
    }

    @Override
    public CloseFuture close(boolean immediately) {
        channels.values().forEach(session -> session.close(immediately));
        return tcp.close(immediately);
    }

    @Override
    public void addCloseFutureListener(SshFutureListener<CloseFuture> listener) {
        tcp.addCloseFutureListener(listener);
    }

    @Override
    public void removeCloseFutureListener(SshFutureListener<CloseFuture> listener) {
        tcp.removeCloseFutureListener(listener);
    }

    @Override
    public boolean isClosed() {
        return tcp.isClosed();
    }

    @Override
    public boolean isClosing() {
        return tcp.isClosing();
    }
}
