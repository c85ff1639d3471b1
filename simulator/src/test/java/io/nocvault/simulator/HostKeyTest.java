package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;

/** Each device has its own host key, and rotating it changes what new sessions see. */
class HostKeyTest {

    @Test
    void devicesHaveTheirOwnKeysAndRotationChangesThePresentedKey() throws IOException {
        try (Simulator sim = Simulator.builder()
                .device("cisco_nxos", "key-a")
                .device("cisco_nxos", "key-b")
                .start()) {
            SimulatedDevice a = sim.device("key-a");
            SimulatedDevice b = sim.device("key-b");
            assertThat(a.hostKey()).isNotEqualTo(b.hostKey());
            PublicKey before;
            try (Term t = Term.open(a)) {
                before = t.serverKey();
                t.expect("key-a#");
            }
            assertThat(before).isEqualTo(a.hostKey());
            try (Term t = Term.open(b)) {
                assertThat(t.serverKey()).isEqualTo(b.hostKey());
            }

            a.rotateHostKey();
            try (Term t = Term.open(a)) {
                assertThat(t.serverKey()).isNotEqualTo(before).isEqualTo(a.hostKey());
                t.expect("key-a#");
            }
        }
    }
}
