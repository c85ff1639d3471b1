package io.nocvault.transport.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.transport.SshCredentials;
import io.nocvault.transport.SshEndpoint;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.channel.RequestHandler;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.session.ConnectionService;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.server.SshServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 4: a jump server that keeps its TCP connection but stops answering is closed after three unanswered
 * keep-alive requests; one that answers stays open however long it lives. A real MINA server, which answers the
 * request unless told to swallow it.
 */
class JumpKeepAliveTest {

    private static final Duration INTERVAL = Duration.ofMillis(200);

    private final AtomicBoolean silent = new AtomicBoolean();
    private final AtomicInteger asked = new AtomicInteger();
    private SshServer server;
    private SshClient client;

    @BeforeEach
    void start() throws Exception {
        var hostKey = KeyUtils.generateKeyPair(KeyPairProvider.ECDSA_SHA2_NISTP256, 256);
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(0);
        server.setKeyPairProvider(session -> List.of(hostKey));
        server.setPasswordAuthenticator((user, password, session) -> "jumper".equals(user) && "pw".equals(password));
        List<RequestHandler<ConnectionService>> handlers = new ArrayList<>();
        handlers.add(this::swallowWhenSilent);
        handlers.addAll(server.getGlobalRequestHandlers());
        server.setGlobalRequestHandlers(handlers);
        server.start();
        client = SshClient.setUpDefaultClient();
        client.start();
    }

    @AfterEach
    void stop() throws Exception {
        client.stop();
        server.stop(true);
    }

    private RequestHandler.Result swallowWhenSilent(
            ConnectionService service, String request, boolean wantReply, Buffer buffer) {
        if (!JumpKeepAlive.REQUEST.equals(request)) {
            return RequestHandler.Result.Unsupported;
        }
        asked.incrementAndGet();
        // "replied" without a reply: the request is swallowed, as by a server that stopped answering
        return silent.get() ? RequestHandler.Result.Replied : RequestHandler.Result.Unsupported;
    }

    private ClientSession login() throws Exception {
        ClientSession session = client.connect("jumper", "127.0.0.1", server.getPort())
                .verify(Duration.ofSeconds(5))
                .getClientSession();
        session.addPasswordIdentity("pw");
        session.auth().verify(Duration.ofSeconds(5));
        JumpKeepAlive.start(session, "test jump", INTERVAL, client.getScheduledExecutorService());
        return session;
    }

    @Test
    void aSessionThatAnswersStaysOpen() throws Exception {
        ClientSession session = login();
        Thread.sleep(INTERVAL.multipliedBy(JumpKeepAlive.MISSED * 3).toMillis());
        assertThat(asked.get()).as("keep-alive requests the server saw").isGreaterThan(JumpKeepAlive.MISSED);
        assertThat(session.isOpen()).isTrue();
    }

    @Test
    void aSessionThatStopsAnsweringIsClosed() throws Exception {
        ClientSession session = login();
        Thread.sleep(INTERVAL.multipliedBy(2).toMillis());
        assertThat(session.isOpen()).isTrue();
        silent.set(true);
        assertThat(session.waitFor(
                        java.util.EnumSet.of(ClientSession.ClientSessionEvent.CLOSED), TimeUnit.SECONDS.toMillis(5)))
                .contains(ClientSession.ClientSessionEvent.CLOSED);
        assertThat(asked.get()).isGreaterThanOrEqualTo(JumpKeepAlive.MISSED);
    }

    @Test
    void aTunnelAskedAfterADeviceFailedAnswersWhetherItsServerStillDoes() throws Exception {
        MinaJumpTunnel tunnel = new MinaJumpTunnel(
                new SshEndpoint(
                        "127.0.0.1",
                        server.getPort(),
                        SshCredentials.password("jumper", "pw"),
                        "jump:test",
                        1L,
                        "test jump"),
                login());
        assertThat(tunnel.answers(Duration.ofSeconds(5))).isTrue();
        assertThat(tunnel.isOpen()).isTrue();

        silent.set(true);
        assertThat(tunnel.answers(INTERVAL)).isFalse();
        assertThat(tunnel.isOpen())
                .as("a tunnel that does not answer is closed")
                .isFalse();
        assertThat(tunnel.answers(Duration.ofSeconds(5)))
                .as("a closed one answers false at once")
                .isFalse();
    }

    @Test
    void stopsAskingOnceTheSessionIsClosed() throws Exception {
        ClientSession session = login();
        session.close(false).await(5, TimeUnit.SECONDS);
        int before = asked.get();
        Thread.sleep(INTERVAL.multipliedBy(4).toMillis());
        assertThat(asked.get()).isEqualTo(before);
    }
}
