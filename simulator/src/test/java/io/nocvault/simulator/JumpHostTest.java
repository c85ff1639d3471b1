package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.apache.sshd.client.channel.ChannelDirectTcpip;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.client.session.forward.ExplicitPortForwardingTracker;
import org.apache.sshd.common.SshException;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The jump host forwards to the simulator's devices and nowhere else. */
class JumpHostTest {

    private static Simulator sim;
    private static SimulatedDevice device;

    @BeforeAll
    static void start() throws IOException {
        sim = Simulator.builder()
                .username("dev")
                .password("devpw")
                .device("cisco_nxos", "behind-jump")
                .jumpHost("jumper", "jumppw")
                .start();
        device = sim.device("behind-jump");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void forwardsToADeviceWhoseHostKeyIsItsOwn() throws IOException {
        try (ClientSession jump = Term.login(sim.jumpPort(), "jumper", "jumppw");
                ExplicitPortForwardingTracker tunnel = jump.createLocalPortForwardingTracker(
                        new SshdSocketAddress("127.0.0.1", 0), new SshdSocketAddress("127.0.0.1", device.port()));
                Term t = Term.open(tunnel.getBoundAddress().getPort(), "dev", "devpw")) {
            t.expect("behind-jump#");
            assertThat(t.command("show version", "behind-jump#")).contains("Device name: behind-jump");
            assertThat(t.serverKey()).isEqualTo(device.hostKey()).isNotEqualTo(sim.jumpHostKey());
        }
    }

    @Test
    void refusesEveryOtherDestination() throws IOException {
        try (ClientSession jump = Term.login(sim.jumpPort(), "jumper", "jumppw");
                ServerSocket other = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertRefused(jump, "127.0.0.1", other.getLocalPort());
            assertRefused(jump, "127.0.0.1", sim.jumpPort());
            assertRefused(jump, "127.0.0.2", device.port());
            assertRefused(jump, "localhost", device.port());
        }
    }

    @Test
    void devicesDoNotForward() throws IOException {
        try (ClientSession session = Term.login(device.port(), "dev", "devpw")) {
            assertRefused(session, "127.0.0.1", device.port());
        }
    }

    @Test
    void credentialsAreSeparateAndTheShellIsJustAPrompt() throws IOException {
        assertThatThrownBy(() -> Term.login(sim.jumpPort(), "dev", "devpw")).isInstanceOf(SshException.class);
        assertThatThrownBy(() -> Term.login(device.port(), "jumper", "jumppw")).isInstanceOf(SshException.class);
        try (Term t = Term.open(sim.jumpPort(), "jumper", "jumppw")) {
            t.expect("jumper@jumphost:~\\$ ");
            assertThat(t.command("show running-config", "jumper@jumphost:~\\$ "))
                    .contains("only port forwarding");
        }
    }

    private static void assertRefused(ClientSession session, String host, int port) throws IOException {
        ChannelDirectTcpip channel = session.createDirectTcpipChannel(
                new SshdSocketAddress("127.0.0.1", 0), new SshdSocketAddress(host, port));
        assertThatThrownBy(() -> channel.open().verify(Term.TIMEOUT))
                .as("forward to %s:%d", host, port)
                .isInstanceOf(SshException.class);
    }
}
