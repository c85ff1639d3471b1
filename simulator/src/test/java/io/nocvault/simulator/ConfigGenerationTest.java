package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated configs: sized as asked, hostname-specific, deterministic, and 50,000 lines still work. */
class ConfigGenerationTest {

    static List<String> platforms() {
        return Platforms.keys();
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void sizeFollowsTheRequestedLineCount(String key) throws IOException {
        try (Simulator sim = Simulator.builder()
                .device(DeviceSpec.of(key, "size-100").withConfigLines(100))
                .device(DeviceSpec.of(key, "size-2000").withConfigLines(2000))
                .device(DeviceSpec.of(key, "size-50000").withConfigLines(50_000))
                .start()) {
            assertThat(lines(sim, "size-100")).isBetween(90L, 115L);
            assertThat(lines(sim, "size-2000")).isBetween(1990L, 2015L);
            String big = sim.device("size-50000").readConfig();
            assertThat(big.lines().count()).isBetween(49_990L, 50_015L);
            assertThat(big).contains("size-50000");
        }
    }

    private static long lines(Simulator sim, String host) {
        return sim.device(host).readConfig().lines().count();
    }

    @Test
    void hostnameAndSeedShapeTheConfig() throws IOException {
        try (Simulator sim = Simulator.builder()
                .seed(5)
                .device("cisco_ios", "alpha")
                .device("cisco_ios", "beta")
                .start()) {
            String alpha = sim.device("alpha").currentConfig();
            assertThat(alpha).contains("hostname alpha\n").doesNotContain("beta");
            assertThat(sim.device("beta").currentConfig()).contains("hostname beta\n");
            assertThat(alpha.replace("alpha", "beta"))
                    .isNotEqualTo(sim.device("beta").currentConfig());
        }
    }

    @Test
    void aFiftyThousandLineConfigIsReadOverSsh() throws IOException {
        try (Simulator sim = Simulator.builder()
                .enableSecret("en")
                .device(DeviceSpec.of("cisco_ios", "huge").withConfigLines(50_000))
                .start()) {
            SimulatedDevice d = sim.device("huge");
            Contract c = Contract.ALL.get("cisco_ios");
            try (Term t = Dialog.ready(c, d)) {
                long start = System.nanoTime();
                String config = Dialog.readConfig(t, c, d);
                long millis = (System.nanoTime() - start) / 1_000_000;
                System.out.printf("50,000-line config (%d bytes) read in %d ms%n", config.length(), millis);
                assertThat(config.lines().count()).isBetween(49_990L, 50_015L);
                assertThat(c.endCheck().test(config)).isTrue();
                assertThat(c.normalize(config)).isEqualTo(d.currentConfig());
            }
        }
    }
}
