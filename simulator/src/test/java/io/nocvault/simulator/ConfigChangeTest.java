package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Config changes over time: mutation, exact text, and the restore dialogs. */
class ConfigChangeTest {

    private static Simulator sim;

    @BeforeAll
    static void start() throws IOException {
        Simulator.Builder b = Simulator.builder()
                .password("pw")
                .enableSecret("en")
                .configLines(120)
                .seed(3);
        Platforms.keys().forEach(k -> b.device(k, "chg-" + k));
        b.device("cisco_ios", "size-ios");
        sim = b.start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    static List<String> platforms() {
        return Platforms.keys();
    }

    @Test
    void theSizeLineCountsTheBytesAfterItOnEveryReadAndAfterEveryChange() {
        SimulatedDevice d = sim.device("size-ios");
        for (int read = 0; read < 4; read++) {
            if (read == 2) {
                d.mutateConfig();
            }
            if (read == 3) {
                d.setConfig(d.readConfig().replace("!\n", "! caf\u00e9\n"));
            }
            String text = d.readConfig();
            String marker = "Current configuration : ";
            int start = text.indexOf(marker);
            int lineEnd = text.indexOf('\n', start);
            String sizeLine = text.substring(start, lineEnd);
            long after = text.substring(lineEnd + 1).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            assertThat(sizeLine).as("read %d", read).isEqualTo(marker + after + " bytes");
            assertThat(text.contains("caf\u00e9")).as("read %d", read).isEqualTo(read == 3);
        }
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void mutateChangesAFewNonVolatileLinesAndTheNextRead(String key) throws IOException {
        Contract c = Contract.ALL.get(key);
        SimulatedDevice d = sim.device("chg-" + key);
        String before = d.currentConfig();
        String after = d.mutateConfig();
        assertThat(after).isNotEqualTo(before).isEqualTo(d.currentConfig());
        List<String> removed =
                before.lines().filter(l -> !after.lines().toList().contains(l)).toList();
        List<String> added =
                after.lines().filter(l -> !before.lines().toList().contains(l)).toList();
        assertThat(added).isNotEmpty().hasSizeLessThanOrEqualTo(6);
        assertThat(removed).hasSizeLessThanOrEqualTo(6);
        try (Term t = Dialog.ready(c, d)) {
            String read = Dialog.readConfig(t, c, d);
            assertThat(c.normalize(read)).isEqualTo(after);
            assertThat(c.endCheck().test(read)).isTrue();
        }
        assertThat(d.mutateConfig()).isNotEqualTo(after);
    }

    @Test
    void configsAndMutationsAreDeterministicForTheSameSeed() throws IOException {
        try (Simulator one = fresh(3);
                Simulator two = fresh(3);
                Simulator other = fresh(4)) {
            SimulatedDevice a = one.device("det");
            SimulatedDevice b = two.device("det");
            assertThat(a.currentConfig())
                    .isEqualTo(b.currentConfig())
                    .isNotEqualTo(other.device("det").currentConfig());
            for (int i = 0; i < 3; i++) {
                assertThat(a.mutateConfig()).isEqualTo(b.mutateConfig());
            }
        }
    }

    private static Simulator fresh(long seed) throws IOException {
        return Simulator.builder().seed(seed).device("juniper_junos", "det").start();
    }

    @Test
    void setConfigIsPrintedExactlyWithFreshVolatileLines() throws IOException {
        Contract c = Contract.ALL.get("arista_eos");
        SimulatedDevice d = sim.device("chg-arista_eos");
        String text = "! Command: show running-config\n! Time: Mon Jan 5 10:00:00 2026\nhostname chg-arista_eos\n"
                + "interface Ethernet1\n   description set by test\n!\nend\n";
        d.setConfig(text);
        try (Term t = Dialog.ready(c, d)) {
            String read = Dialog.readConfig(t, c, d);
            assertThat(read.lines().toList()).hasSize(7);
            assertThat(read)
                    .startsWith("! Command: show running-config\n! Time: ")
                    .doesNotContain("Jan 5 10:00:00");
            assertThat(read)
                    .endsWith("hostname chg-arista_eos\ninterface Ethernet1\n   description set by test\n!\nend\n");
        }
        assertThat(d.currentConfig())
                .isEqualTo("hostname chg-arista_eos\ninterface Ethernet1\n   description set by test\n!\nend\n");
    }

    @ParameterizedTest
    @MethodSource("restorable")
    void configureTerminalReplacesTheConfig(String key) throws IOException {
        String[] storedAndReread = restoreChanged(key, stored -> stored.lines().toList());
        assertThat(storedAndReread[1]).isNotEqualTo(storedAndReread[0]);
    }

    /**
     * A restore tool pushes the config lines without comment, header and blank lines and without {@code end} (as
     * NocVault's Cisco and Arista drivers do); the device regenerates those, so the config reads as it was stored.
     */
    @ParameterizedTest
    @MethodSource("restorable")
    void linesPushedWithoutCommentsReadBackWithThem(String key) throws IOException {
        restoreChanged(
                key,
                stored -> stored.lines()
                        .filter(l -> !l.isBlank())
                        .filter(l -> !l.startsWith("!") && !l.equals("end"))
                        .filter(l -> !l.startsWith("Building configuration") && !l.startsWith("Current configuration"))
                        .toList());
    }

    /**
     * Reads the config, changes it twice, pushes {@code pushed} of the text read in configuration mode and checks that
     * the config reads as it was (normalized); answers the text read first and the text read last.
     */
    private static String[] restoreChanged(String key, Function<String, List<String>> pushed) throws IOException {
        Contract c = Contract.ALL.get(key);
        SimulatedDevice d = sim.device("chg-" + key);
        try (Term t = Dialog.ready(c, d)) {
            String stored = Dialog.readConfig(t, c, d);
            d.mutateConfig();
            d.mutateConfig();
            assertThat(d.currentConfig()).isNotEqualTo(c.normalize(stored));
            String host = d.hostname();
            t.command("configure terminal", host + "\\(config\\)#");
            for (String line : pushed.apply(stored)) {
                t.command(line, host + "(\\(config[^)]*\\))?#");
            }
            t.command("end", host + "#");
            String reread = Dialog.readConfig(t, c, d);
            assertThat(c.normalize(reread)).isEqualTo(c.normalize(stored));
            return new String[] {stored, reread};
        }
    }

    static List<String> restorable() {
        return List.of("cisco_ios", "cisco_iosxe", "arista_eos");
    }

    @Test
    void junosLoadOverrideTerminalReplacesTheConfigOnCommit() throws IOException {
        Contract c = Contract.ALL.get("juniper_junos");
        SimulatedDevice d = sim.device("chg-juniper_junos");
        try (Term t = Dialog.ready(c, d)) {
            String stored = Dialog.readConfig(t, c, d);
            d.mutateConfig();
            String user = d.username() + "@" + d.hostname();
            assertThat(t.command("configure", "\\[edit\\]\r\n" + user + "# ")).contains("Entering configuration mode");
            t.send("load override terminal\n");
            t.expect("\\[Type \\^D at a new line to end input\\]\r\n");
            t.send(stored);
            t.send("\u0004");
            assertThat(t.expect("\\[edit\\]\r\n" + user + "# ")).contains("load complete");
            assertThat(d.currentConfig()).isNotEqualTo(c.normalize(stored));
            String commit = t.command("commit and-quit", user + "> ");
            assertThat(commit).contains("commit complete").contains("Exiting configuration mode");
            String reread = Dialog.readConfig(t, c, d);
            assertThat(c.normalize(reread)).isEqualTo(c.normalize(stored)).isEqualTo(d.currentConfig());
            assertThat(reread.lines().findFirst().orElseThrow()).startsWith("## Last commit: ");
        }
    }
}
