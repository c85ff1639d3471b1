package io.nocvault.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.drivers.FailureKind;
import io.nocvault.test.NocVaultTest;
import java.io.StringWriter;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@NocVaultTest
@RecordApplicationEvents
class SshConnectorTest {

    static final TransportTimeouts FAST = new TransportTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(5));

    @Autowired
    SshConnector connector;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    TestSshServer device;
    List<String> steps = new ArrayList<>();
    StepListener recorder = (step, ok, took, error) -> steps.add(step + (ok ? ":ok" : ":fail"));

    @BeforeEach
    void start() throws Exception {
        device = new TestSshServer("netops", "device-pass-1", null, false);
    }

    @AfterEach
    void stop() throws Exception {
        device.close();
    }

    SshEndpoint endpoint(int port, SshCredentials credentials) {
        return new SshEndpoint(
                "127.0.0.1", port, credentials, "device:" + UUID.randomUUID(), 1L, "dev (127.0.0.1:" + port + ")");
    }

    @Test
    void opensAShellDirectlyAndExchangesText() throws Exception {
        try (DeviceShell shell = connector.openShell(
                endpoint(device.port(), SshCredentials.password("netops", "device-pass-1")), null, FAST, recorder)) {
            String reply = roundTrip(shell, "show version\n", "echo:show version");
            assertThat(reply).contains("test# ").contains("echo:show version");
        }
        assertThat(steps)
                .containsExactly(
                        "DNS:ok", "TCP_CONNECT:ok", "SSH_HANDSHAKE:ok", "HOST_KEY:ok", "AUTHENTICATION:ok", "SHELL:ok");
    }

    @Test
    void wrongPasswordFailsAtAuthenticationWithoutEchoingIt() {
        SshEndpoint ep = endpoint(device.port(), SshCredentials.password("netops", "wrong-Secret-9"));
        assertThatThrownBy(() -> connector.openShell(ep, null, FAST, recorder))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.step()).isEqualTo(ConnectStep.AUTHENTICATION);
                    assertThat(e.getMessage()).doesNotContain("wrong-Secret-9");
                });
        assertThat(steps).last().isEqualTo("AUTHENTICATION:fail");
    }

    @Test
    void aConnectionClosedDuringTheLoginIsALostConnectionNotARefusal() {
        device.server.setPasswordAuthenticator((user, password, session) -> {
            session.close(true);
            return false;
        });
        SshEndpoint ep = endpoint(device.port(), SshCredentials.password("netops", "device-pass-1"));
        assertThatThrownBy(() -> connector.openShell(ep, null, FAST, recorder))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.step()).isEqualTo(ConnectStep.AUTHENTICATION);
                    assertThat(e.connectionLost()).isTrue();
                    assertThat(DeviceCli.asCaptureFailure(e).kind()).isEqualTo(FailureKind.CONNECTION_LOST);
                });
        SshEndpoint wrong = endpoint(device.port(), SshCredentials.password("netops", "wrong-Secret-9"));
        device.server.setPasswordAuthenticator((user, password, session) -> false);
        assertThatThrownBy(() -> connector.openShell(wrong, null, FAST, recorder))
                .isInstanceOfSatisfying(TransportException.class, e -> {
                    assertThat(e.connectionLost()).isFalse();
                    assertThat(DeviceCli.asCaptureFailure(e).kind()).isEqualTo(FailureKind.AUTHENTICATION);
                });
    }

    @Test
    void closedPortFailsAtTcpConnect() throws Exception {
        int port = device.port();
        device.close();
        assertThatThrownBy(() ->
                        connector.openShell(endpoint(port, SshCredentials.password("a", "b")), null, FAST, recorder))
                .isInstanceOfSatisfying(
                        TransportException.class, e -> assertThat(e.step()).isEqualTo(ConnectStep.TCP_CONNECT));
    }

    @Test
    void unknownHostFailsAtDns() {
        SshEndpoint ep = new SshEndpoint(
                "no-such-host.invalid",
                22,
                SshCredentials.password("a", "b"),
                "device:x-" + UUID.randomUUID(),
                1L,
                "x");
        assertThatThrownBy(() -> connector.openShell(ep, null, FAST, recorder))
                .isInstanceOfSatisfying(
                        TransportException.class, e -> assertThat(e.step()).isEqualTo(ConnectStep.DNS));
    }

    @Test
    void privateKeyAuthenticationWorks() throws Exception {
        KeyPair userKey = TestSshServer.newUserKey();
        try (TestSshServer keyed = new TestSshServer("keyuser", null, userKey.getPublic(), false)) {
            SshCredentials credentials = new SshCredentials("keyuser", null, openSsh(userKey));
            try (DeviceShell shell = connector.openShell(endpoint(keyed.port(), credentials), null, FAST, recorder)) {
                assertThat(roundTrip(shell, "hello\n", "echo:hello")).contains("echo:hello");
            }
        }
    }

    @Test
    void theSameKeyAgainIsAcceptedAndRecordsWhereAndWhenItWasSeen() throws Exception {
        SshCredentials credentials = SshCredentials.password("netops", "device-pass-1");
        SshEndpoint first = endpoint(device.port(), credentials);
        connector.openShell(first, null, FAST, recorder).close();
        var pinned = jdbc.sql("select fingerprint, last_seen from host_keys where subject = :s")
                .param("s", first.hostKey())
                .query()
                .singleRow();
        SshEndpoint moved = new SshEndpoint(
                first.host(),
                first.port(),
                credentials,
                first.hostKey(),
                2L,
                "renamed (127.0.0.1:" + device.port() + ")");
        Thread.sleep(5);

        connector.openShell(moved, null, FAST, recorder).close();

        var seen = jdbc.sql("select fingerprint, last_seen, noc_id, label, pending_fingerprint from host_keys"
                        + " where subject = :s")
                .param("s", first.hostKey())
                .query()
                .singleRow();
        assertThat(seen.get("fingerprint")).isEqualTo(pinned.get("fingerprint"));
        assertThat(seen.get("noc_id")).isEqualTo(2L);
        assertThat(seen.get("label")).isEqualTo(moved.label());
        assertThat(seen.get("pending_fingerprint")).isNull();
        assertThat(seen.get("last_seen").toString())
                .isNotEqualTo(pinned.get("last_seen").toString());
        assertThat(steps).filteredOn(s -> s.startsWith("HOST_KEY")).containsExactly("HOST_KEY:ok", "HOST_KEY:ok");
    }

    @Test
    void changedHostKeyIsRefusedRecordedAndAnnounced() throws Exception {
        SshEndpoint ep = endpoint(device.port(), SshCredentials.password("netops", "device-pass-1"));
        connector.openShell(ep, null, FAST, recorder).close();
        device.replaceHostKey();
        steps.clear();

        assertThatThrownBy(() -> connector.openShell(ep, null, FAST, recorder))
                .isInstanceOfSatisfying(
                        TransportException.class, e -> assertThat(e.step()).isEqualTo(ConnectStep.HOST_KEY));
        assertThatThrownBy(() -> connector.openShell(ep, null, FAST, recorder)).isInstanceOf(TransportException.class);

        String pending = jdbc.sql("select pending_fingerprint from host_keys where subject = :s")
                .param("s", ep.hostKey())
                .query(String.class)
                .single();
        assertThat(pending).startsWith("SHA256:");
        assertThat(events.stream(HostKeyChanged.class).filter(e -> e.subject().equals(ep.hostKey())))
                .hasSize(1);
        assertThat(steps)
                .doesNotContain("AUTHENTICATION:ok", "AUTHENTICATION:fail")
                .contains("HOST_KEY:fail");
    }

    /** The endpoint of a test jump server that logs in "jumper" with "jump-pass-1". */
    static SshEndpoint jumpEndpoint(TestSshServer jump) {
        return new SshEndpoint(
                "127.0.0.1",
                jump.port(),
                SshCredentials.password("jumper", "jump-pass-1"),
                "jump:" + UUID.randomUUID(),
                1L,
                "jump");
    }

    @Test
    void reachesDevicesThroughOneJumpSession() throws Exception {
        try (TestSshServer jump = new TestSshServer("jumper", "jump-pass-1", null, true);
                TestSshServer second = new TestSshServer("netops", "device-pass-1", null, false)) {
            SshEndpoint jumpEp = jumpEndpoint(jump);
            try (JumpTunnel tunnel = connector.openJump(jumpEp, FAST, StepListener.NONE)) {
                for (TestSshServer target : List.of(device, second)) {
                    SshEndpoint ep = endpoint(target.port(), SshCredentials.password("netops", "device-pass-1"));
                    try (DeviceShell shell = connector.openShell(ep, tunnel, FAST, recorder)) {
                        assertThat(roundTrip(shell, "via jump\n", "echo:via jump"))
                                .contains("echo:via jump");
                    }
                }
                assertThat(tunnel.isOpen()).isTrue();
                assertThat(jump.server.getActiveSessions()).hasSize(1);
            }
        }
        assertThat(steps).doesNotContain("DNS:ok");
    }

    @Test
    void megabytesCrossTheJumpChannelIntactBothWays() throws Exception {
        try (TestSshServer jump = new TestSshServer("jumper", "jump-pass-1", null, true);
                JumpTunnel tunnel = connector.openJump(jumpEndpoint(jump), FAST, StepListener.NONE);
                DeviceShell shell = connector.openShell(
                        endpoint(device.port(), SshCredentials.password("netops", "device-pass-1")),
                        tunnel,
                        FAST,
                        recorder)) {
            // more than the 2 MiB channel windows each way: what the device session writes waits for window
            List<String> sent = new ArrayList<>();
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 3000; i++) {
                String line = i + ":" + Integer.toHexString(i * 7919).repeat(140);
                sent.add("echo:" + line);
                text.append(line).append('\n');
            }
            StringBuffer received = new StringBuffer();
            CountDownLatch ended = new CountDownLatch(1);
            shell.onData(chunk -> {
                received.append(chunk);
                if (received.length() > 20
                        && received.substring(received.length() - 20).contains("echo:end")) {
                    ended.countDown();
                }
            });
            shell.send(text + "end\n");

            assertThat(ended.await(60, TimeUnit.SECONDS))
                    .as("the end marker came back")
                    .isTrue();
            assertThat(received.toString()
                            .lines()
                            .map(l -> l.replace("test# ", ""))
                            .filter(l -> l.startsWith("echo:"))
                            .limit(sent.size()))
                    .containsExactlyElementsOf(sent);
            assertThat(tunnel.isOpen()).isTrue();
        }
    }

    @Test
    void aShellThroughTheJumpServerEndsWithTheJumpSessionOrTheDevice() throws Exception {
        try (TestSshServer jump = new TestSshServer("jumper", "jump-pass-1", null, true);
                TestSshServer other = new TestSshServer("netops", "device-pass-1", null, false)) {
            SshCredentials login = SshCredentials.password("netops", "device-pass-1");
            JumpTunnel tunnel = connector.openJump(jumpEndpoint(jump), FAST, StepListener.NONE);
            assertEndsWhen(
                    connector.openShell(endpoint(device.port(), login), tunnel, FAST, recorder),
                    tunnel::close,
                    "closed with the jump session");

            try (JumpTunnel again = connector.openJump(jumpEndpoint(jump), FAST, StepListener.NONE)) {
                assertEndsWhen(
                        connector.openShell(endpoint(other.port(), login), again, FAST, recorder),
                        other::close,
                        "closed with the device");
                assertThat(again.isOpen())
                        .as("the jump session outlives its devices")
                        .isTrue();
            }
        }
    }

    /** Does what should end the shell, and checks that the shell ends. */
    private static void assertEndsWhen(DeviceShell shell, Action cause, String why) throws Exception {
        CountDownLatch closed = new CountDownLatch(1);
        shell.onClose(closed::countDown);
        cause.run();
        assertThat(closed.await(10, TimeUnit.SECONDS)).as(why).isTrue();
        assertThat(shell.isOpen()).isFalse();
        shell.close();
    }

    private interface Action {
        void run() throws Exception;
    }

    @Test
    void nothingListeningBehindTheJumpServerIsAConnectFailure() throws Exception {
        try (TestSshServer jump = new TestSshServer("jumper", "jump-pass-1", null, true)) {
            SshEndpoint jumpEp = jumpEndpoint(jump);
            int closedPort = device.port();
            device.close();
            try (JumpTunnel tunnel = connector.openJump(jumpEp, FAST, StepListener.NONE)) {
                SshEndpoint ep = endpoint(closedPort, SshCredentials.password("netops", "device-pass-1"));
                assertThatThrownBy(() -> connector.openShell(ep, tunnel, FAST, recorder))
                        .isInstanceOfSatisfying(TransportException.class, e -> {
                            assertThat(e.step()).isEqualTo(ConnectStep.TCP_CONNECT);
                            assertThat(e.getMessage())
                                    .isEqualTo("TCP connect failed: the jump server could not reach the device");
                        });
            }
        }
    }

    static String roundTrip(DeviceShell shell, String send, String expect) throws Exception {
        StringBuffer received = new StringBuffer();
        CountDownLatch seen = new CountDownLatch(1);
        shell.onData(text -> {
            received.append(text);
            if (received.toString().contains(expect)) {
                seen.countDown();
            }
        });
        shell.send(send);
        assertThat(seen.await(5, TimeUnit.SECONDS)).as("received: %s", received).isTrue();
        return received.toString();
    }

    static String openSsh(KeyPair key) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "test", null, out);
        StringWriter text = new StringWriter();
        text.write(out.toString());
        return text.toString();
    }
}
