package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

/** The builder's checks and the life cycle of ports. */
class SimulatorTest {

    @Test
    void rejectsWhatCannotWork() {
        assertThatThrownBy(() -> Simulator.builder().start()).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> DeviceSpec.of("cisco_catos", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cisco_catos");
        assertThatThrownBy(() -> DeviceSpec.of("cisco_ios", "two words")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Simulator.builder()
                        .device("cisco_ios", "twin")
                        .device("linux", "twin")
                        .start())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twin");
    }

    @Test
    void aBusyPortIsReportedAndClosingFreesThePorts() throws IOException {
        int port;
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = busy.getLocalPort();
            assertThatThrownBy(() -> Simulator.builder()
                            .basePort(port)
                            .device("linux", "l1")
                            .start())
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("127.0.0.1:" + port);
        }
        Simulator first =
                Simulator.builder().basePort(port).device("linux", "l1").start();
        assertThat(first.device("l1").port()).isEqualTo(port);
        assertThatThrownBy(() -> first.device("l2")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(first::jumpPort).isInstanceOf(IllegalStateException.class);
        first.close();
        try (Simulator second =
                        Simulator.builder().basePort(port).device("linux", "l1").start();
                Term t = Term.open(second.device("l1"))) {
            t.expect("admin@l1:~\\$ ");
        }
    }
}
