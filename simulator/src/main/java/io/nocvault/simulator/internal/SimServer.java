package io.nocvault.simulator.internal;

import io.nocvault.simulator.internal.shell.DeviceShell;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.KeyPair;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionContext;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.ServerBuilder;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.keyboard.DefaultKeyboardInteractiveAuthenticator;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.apache.sshd.server.forward.TcpForwardingFilter;

/**
 * One MINA SSHD server for all devices: a single acceptor bound to every device port, sharing one small pool of
 * NIO threads. The device of a session is found by the port the client connected to.
 */
public final class SimServer extends SshServer {

    /** The only address devices listen on. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Configures a server (not yet started) for the devices of {@code registry}. */
    public static SimServer create(DeviceRegistry registry, ScheduledExecutorService timer) {
        SimServer server =
                (SimServer) ServerBuilder.builder().factory(SimServer::new).build();
        server.setHost(LOOPBACK);
        CoreModuleProperties.TCP_NODELAY.set(server, true);
        CoreModuleProperties.IDLE_TIMEOUT.set(server, Duration.ofMinutes(30));
        CoreModuleProperties.SOCKET_BACKLOG.set(server, 128);
        server.setKeyPairProvider(new KeyPairProvider() {
            @Override
            public Iterable<KeyPair> loadKeys(SessionContext session) {
                DeviceState device = registry.deviceFor(session);
                return device == null ? List.of() : List.of(device.keyPair());
            }
        });
        server.setPasswordAuthenticator((user, password, session) -> registry.passwordOk(session, user, password));
        server.setKeyboardInteractiveAuthenticator(new DefaultKeyboardInteractiveAuthenticator());
        server.setPublickeyAuthenticator((user, key, session) -> registry.publicKeyOk(session, user, key));
        server.setShellFactory(channel -> {
            DeviceState device = registry.deviceFor(channel.getSession());
            if (device == null) {
                throw new IOException("no device on this port");
            }
            return new DeviceShell(device, timer);
        });
        server.setForwardingFilter(ForwardingFilter.asForwardingFilter(null, null, new TcpForwardingFilter() {
            @Override
            public boolean canListen(SshdSocketAddress address, Session session) {
                return false;
            }

            @Override
            public boolean canConnect(Type type, SshdSocketAddress address, Session session) {
                return type == Type.Direct && registry.forwardOk(session, address);
            }
        }));
        return server;
    }

    /**
     * Binds one more port (0 = any free port) on the loopback address and returns the bound address. The server must
     * have been started.
     */
    public synchronized InetSocketAddress bindPort(int port) throws IOException {
        if (port != 0) {
            InetSocketAddress address = new InetSocketAddress(LOOPBACK, port);
            acceptor.bind(address);
            return address;
        }
        Set<SocketAddress> before = new HashSet<>(acceptor.getBoundAddresses());
        acceptor.bind(new InetSocketAddress(LOOPBACK, 0));
        for (SocketAddress address : acceptor.getBoundAddresses()) {
            if (!before.contains(address)) {
                return (InetSocketAddress) address;
            }
        }
        throw new IOException("could not find the newly bound port");
    }
}
