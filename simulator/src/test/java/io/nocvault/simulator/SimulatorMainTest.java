package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The standalone command line, run in-process (the jar itself is exercised by StandaloneJarIT). */
class SimulatorMainTest {

    @Test
    void startsNDevicesRoundRobinAndPrintsOneLinePerDevice() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] args = {
            "--devices", "5", "--base-port", "0", "--platforms", "cisco_ios,juniper_junos", "--username", "u",
            "--password", "p", "--enable-secret", "e", "--config-lines", "80", "--seed", "9"
        };
        try (Simulator sim = SimulatorMain.launch(args, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
            assertThat(lines).hasSize(5);
            assertThat(lines.get(0)).matches("cisco_ios 127\\.0\\.0\\.1:\\d+ sim-cisco_ios-1");
            assertThat(lines.get(1)).matches("juniper_junos 127\\.0\\.0\\.1:\\d+ sim-juniper_junos-2");
            assertThat(lines.get(4)).matches("cisco_ios 127\\.0\\.0\\.1:\\d+ sim-cisco_ios-5");
            SimulatedDevice junos = sim.devices().get(1);
            assertThat(lines.get(1)).endsWith(":" + junos.port() + " sim-juniper_junos-2");
            try (Term t = Term.open(junos.port(), "u", "p")) {
                t.expect("u@sim-juniper_junos-2> ");
            }
            assertThat(sim.devices().get(0).enableSecret()).isEqualTo("e");
            assertThat(sim.hasJumpHost()).isFalse();
        }
    }

    @Test
    void consecutivePortsFromTheBasePortAndAJumpHost() throws Exception {
        int base = freeRange(3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        String[] args = {"--devices=3", "--base-port=" + base, "--username=u", "--password=p", "--jump-port=0"};
        try (Simulator sim = SimulatorMain.launch(args, new PrintStream(bytes, true, StandardCharsets.UTF_8))) {
            assertThat(sim.devices()).extracting(SimulatedDevice::port).containsExactly(base, base + 1, base + 2);
            assertThat(sim.devices())
                    .extracting(SimulatedDevice::platform)
                    .containsExactly("cisco_ios", "cisco_iosxe", "cisco_nxos");
            try (Term t = Term.open(sim.jumpPort(), "u", "p")) {
                t.expect("u@jumphost");
            }
        }
    }

    @Test
    void helpPrintsUsage() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(SimulatorMain.launch(new String[] {"--help"}, new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .isNull();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("--devices N")
                .contains("mikrotik_routeros");
    }

    @Test
    void badArgumentsAreExplained() {
        assertUsage("--devices 2 --password p", "--username is required");
        assertUsage("--devices two --username u --password p", "--devices must be a number, not 'two'");
        assertUsage("--devices 2 --username u --password p --platforms cisco_ios,vax", "unknown platform 'vax'");
        assertUsage("--devices 2 --username u --password p --colour blue", "unknown argument '--colour'");
        assertUsage("--devices 10 --base-port 65530 --username u --password p", "exceeds port 65535");
        assertUsage("--devices 2 --username u --password", "--password needs a value");
    }

    private static void assertUsage(String commandLine, String message) {
        assertThatThrownBy(() -> MainArgs.parse(commandLine.split(" ")))
                .isInstanceOf(MainArgs.UsageException.class)
                .hasMessageContaining(message);
    }

    /** A base port with {@code count} free consecutive ports above 20000 (best effort). */
    private static int freeRange(int count) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int base = 20_000 + (int) (Math.random() * 30_000);
            if (free(base, count)) {
                return base;
            }
        }
        throw new IOException("no free port range");
    }

    private static boolean free(int base, int count) {
        for (int p = base; p < base + count; p++) {
            try (java.net.ServerSocket s = new java.net.ServerSocket(p, 1, java.net.InetAddress.getLoopbackAddress())) {
                s.setReuseAddress(true);
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }
}
