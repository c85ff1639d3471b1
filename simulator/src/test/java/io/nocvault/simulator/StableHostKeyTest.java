package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.PublicKey;
import org.junit.jupiter.api.Test;

/** A device keeps its host key across simulator restarts (same seed and hostname); rotation changes it. */
class StableHostKeyTest {

    @Test
    void hostKeysFollowSeedAndHostnameUntilRotated() throws Exception {
        PublicKey first;
        PublicKey jump;
        try (Simulator sim = start(1)) {
            first = sim.device("edge-01").hostKey();
            jump = sim.jumpHostKey();
            assertThat(sim.device("edge-02").hostKey()).isNotEqualTo(first);
        }
        try (Simulator again = start(1)) {
            assertThat(again.device("edge-01").hostKey()).isEqualTo(first);
            assertThat(again.jumpHostKey()).isEqualTo(jump);
            again.device("edge-01").rotateHostKey();
            assertThat(again.device("edge-01").hostKey()).isNotEqualTo(first);
        }
        try (Simulator other = start(2)) {
            assertThat(other.device("edge-01").hostKey()).isNotEqualTo(first);
        }
    }

    private static Simulator start(long seed) throws Exception {
        return Simulator.builder()
                .seed(seed)
                .device("cisco_ios", "edge-01")
                .device("cisco_ios", "edge-02")
                .jumpHost("jump", "jump-pw")
                .start();
    }
}
