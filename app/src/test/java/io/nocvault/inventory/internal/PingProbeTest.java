package io.nocvault.inventory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Both probes against loopback only: an open port or 127.0.0.1 answers; a closed port or an unknown name does not. */
class PingProbeTest {

    @Test
    void tcpFallbackNeedsAnAcceptingPort() throws Exception {
        try (ServerSocket open = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            int closedPort;
            try (ServerSocket closed = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                closedPort = closed.getLocalPort();
            }
            PingTarget up = new PingTarget("127.0.0.1", open.getLocalPort());
            PingTarget refused = new PingTarget("127.0.0.1", closedPort);
            PingTarget unknown = new PingTarget("no-such-device.invalid", 22);
            TcpProbe probe = new TcpProbe(Duration.ofMillis(500), 1, 16);
            assertThat(probe.reachable(List.of(up, refused, unknown))).containsExactly(up);
        }
    }

    @Test
    void fpingSeesLoopbackAndNotAnUnknownName() {
        String fping = DevicePingService.executable("fping");
        Assumptions.assumeTrue(
                fping != null, "fping is not installed (apt-get install fping); the TCP test covers the fallback");
        PingTarget loopback = new PingTarget("127.0.0.1", 22);
        PingTarget otherPort = new PingTarget("127.0.0.1", 2022);
        PingTarget unknown = new PingTarget("no-such-device.invalid", 22);
        FpingProbe probe = new FpingProbe(fping, Duration.ofMillis(300), 0);
        assertThat(probe.reachable(List.of(loopback, otherPort, unknown)))
                .containsExactlyInAnyOrder(loopback, otherPort);
    }

    @Test
    void autoPicksFpingWhenInstalledElseTcp() {
        PingProperties auto = new PingProperties("auto", Duration.ofSeconds(1), 1, "fping", 8);
        String expected = DevicePingService.executable("fping") != null ? "fping" : "tcp";
        assertThat(DevicePingService.probe(auto).name()).isEqualTo(expected);
        PingProperties missing = new PingProperties("auto", Duration.ofSeconds(1), 1, "/nonexistent/fping", 8);
        assertThat(DevicePingService.probe(missing).name()).isEqualTo("tcp");
        PingProperties tcp = new PingProperties("TCP", Duration.ofSeconds(1), 1, "fping", 8);
        assertThat(DevicePingService.probe(tcp).name()).isEqualTo("tcp");
    }
}
