package io.nocvault.transport.internal;

import io.nocvault.transport.ConnectStep;
import io.nocvault.transport.SshCredentials;
import io.nocvault.transport.SshEndpoint;
import io.nocvault.transport.TransportException;
import io.nocvault.transport.TransportTimeouts;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.security.KeyPair;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.future.ConnectFuture;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.ClientSession.ClientSessionEvent;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.springframework.stereotype.Component;

/**
 * The login sequence shared by jump servers and devices: TCP connect, SSH handshake, host key check against the
 * pin (before any credential is sent), authentication.
 */
@Component
class SessionOpener {

    private final SshClientHolder holder;
    private final HostKeyPins pins;

    SessionOpener(SshClientHolder holder, HostKeyPins pins) {
        this.holder = holder;
        this.pins = pins;
    }

    InetSocketAddress resolve(String host, int port, TransportTimeouts timeouts) throws Exception {
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            CompletableFuture<InetAddress> lookup = CompletableFuture.supplyAsync(() -> lookup(host), executor);
            return new InetSocketAddress(lookup.get(timeouts.connect().toMillis(), TimeUnit.MILLISECONDS), port);
        }
    }

    /** Logs in over a TCP connection to the address. */
    ClientSession open(SshEndpoint endpoint, SocketAddress address, TransportTimeouts timeouts, StepClock clock) {
        return open(endpoint, timeouts, clock, username -> holder.client().connect(username, address));
    }

    /**
     * Logs in through a channel of the jump session to the endpoint's host and port, which the jump server resolves
     * and connects to.
     */
    ClientSession openThrough(ClientSession jump, SshEndpoint endpoint, TransportTimeouts timeouts, StepClock clock) {
        SshdSocketAddress target = new SshdSocketAddress(endpoint.host(), endpoint.port());
        return open(endpoint, timeouts, clock, username -> holder.client().connectThrough(jump, username, target));
    }

    private ClientSession open(
            SshEndpoint endpoint, TransportTimeouts timeouts, StepClock clock, Connection connection) {
        SshCredentials credentials = endpoint.credentials();
        ClientSession session = clock.step(
                ConnectStep.TCP_CONNECT,
                () -> connection
                        .start(credentials.username())
                        .verify(timeouts.connect())
                        .getClientSession());
        try {
            clock.step(ConnectStep.SSH_HANDSHAKE, () -> handshake(session, timeouts, clock));
            clock.step(ConnectStep.HOST_KEY, () -> {
                pins.check(
                        endpoint,
                        session.getServerKey(),
                        clock != null && endpoint.hostKey().startsWith("jump"));
                return null;
            });
            clock.step(ConnectStep.AUTHENTICATION, () -> authenticate(session, credentials, timeouts, clock));
            return session;
        } catch (RuntimeException e) {
            session.close(true);
            throw e;
        }
    }

    /** Starts the connection a session logs in over. */
    @FunctionalInterface
    private interface Connection {
        ConnectFuture start(String username) throws IOException;
    }

    private static Object handshake(ClientSession session, TransportTimeouts timeouts, StepClock clock) {
        Set<ClientSessionEvent> state = session.waitFor(
                EnumSet.of(ClientSessionEvent.WAIT_AUTH, ClientSessionEvent.CLOSED, ClientSessionEvent.AUTHED),
                timeouts.login());
        if (state.contains(ClientSessionEvent.CLOSED)) {
            String why = session.getServerVersion() == null
                    ? "the connection closed before the server said anything (nothing listening behind the jump "
                            + "server, or not an SSH server)"
                    : "the server closed the connection during key exchange (no common algorithm?)";
            throw clock.fail(ConnectStep.SSH_HANDSHAKE, false, "SSH handshake failed: " + why);
        }
        if (state.contains(ClientSessionEvent.TIMEOUT)) {
            throw clock.fail(ConnectStep.SSH_HANDSHAKE, true, "SSH handshake failed: timed out");
        }
        return null;
    }

    private static Object authenticate(
            ClientSession session, SshCredentials credentials, TransportTimeouts timeouts, StepClock clock)
            throws Exception {
        try {
            return tryCredentials(session, credentials, timeouts);
        } catch (Exception e) {
            if (session.isOpen() || FailureText.isTimeout(e) || FailureText.isRefusedLogin(e)) {
                throw e;
            }
            // the connection went away under the login (a jump session closed, the device dropped it): no verdict
            // on the credentials, and worth another attempt
            throw new TransportException(
                    ConnectStep.AUTHENTICATION,
                    false,
                    clock.viaJump(),
                    true,
                    "Authentication failed: the connection closed before the server answered the login");
        }
    }

    private static Object tryCredentials(ClientSession session, SshCredentials credentials, TransportTimeouts timeouts)
            throws Exception {
        if (credentials.hasPrivateKey()) {
            for (KeyPair key : KeyLoader.load(credentials.privateKey(), false)) {
                session.addPublicKeyIdentity(key);
            }
        }
        if (credentials.hasPassword()) {
            session.addPasswordIdentity(credentials.password());
        }
        session.auth().verify(timeouts.login());
        return null;
    }

    private static InetAddress lookup(String host) {
        try {
            return InetAddress.getByName(host);
        } catch (java.net.UnknownHostException e) {
            throw new java.util.concurrent.CompletionException(e);
        }
    }
}
