package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.sshd.common.SshException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every fault mode is observable by a client. */
class FaultTest {

    private static Simulator sim;
    private static SimulatedDevice ios;
    private static SimulatedDevice nxos;

    @BeforeAll
    static void start() throws IOException {
        sim = Simulator.builder()
                .password("pw")
                .enableSecret("en")
                .configLines(240)
                .device("cisco_ios", "ios-f")
                .device("cisco_nxos", "nx-f")
                .start();
        ios = sim.device("ios-f");
        nxos = sim.device("nx-f");
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @AfterEach
    void reset() {
        ios.setFault(Fault.NONE);
        nxos.setFault(Fault.NONE);
    }

    private static Term ready(SimulatedDevice d) throws IOException {
        Term t = Term.open(d);
        t.expect("nx-f#");
        t.command("terminal length 0", "nx-f#");
        return t;
    }

    @Test
    void wrongPasswordRefusesEveryLoginUntilReset() throws IOException {
        nxos.setFault(Fault.WRONG_PASSWORD);
        assertThatThrownBy(() -> Term.open(nxos)).isInstanceOf(SshException.class);
        nxos.setFault(Fault.NONE);
        try (Term t = Term.open(nxos)) {
            t.expect("nx-f#");
        }
    }

    @Test
    void enableRefusedRejectsTheRightSecret() throws IOException {
        ios.setFault(Fault.ENABLE_REFUSED);
        try (Term t = Term.open(ios)) {
            t.expect("ios-f>");
            t.send("enable\n");
            t.expect("Password: ");
            t.send("en\n");
            assertThat(t.expect("ios-f>")).contains("% Bad secrets");
        }
    }

    @Test
    void slowOutputTakesSecondsButIsComplete() throws IOException {
        try (Term t = ready(nxos)) {
            nxos.setFault(Fault.SLOW_OUTPUT);
            long start = System.nanoTime();
            String config = t.command("show running-config", "nx-f#");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(8));
            assertThat(config).startsWith("!Command: show running-config").contains("boot nxos");
        }
    }

    @Test
    void hangStopsMidConfigAndKeepsTheConnection() throws IOException {
        try (Term t = ready(nxos)) {
            nxos.setFault(Fault.HANG);
            t.send("show running-config\n");
            t.expect("!Command: show running-config");
            assertThatThrownBy(() -> t.expect(Pattern.compile("nx-f#"), Duration.ofMillis(1500)))
                    .isInstanceOf(AssertionError.class);
            assertThat(t.rest()).doesNotContain("boot nxos");
            t.send("\n");
            assertThat(t.sessionClosed(Duration.ofMillis(300))).isFalse();
        }
    }

    @Test
    void dropClosesTheConnectionMidConfig() throws IOException {
        try (Term t = ready(nxos)) {
            nxos.setFault(Fault.DROP_MID_CONFIG);
            t.send("show running-config\n");
            t.expect("!Command: show running-config");
            assertThat(t.sessionClosed(Duration.ofSeconds(5))).isTrue();
            assertThat(t.transcript()).doesNotContain("boot nxos");
        }
    }

    @Test
    void garbageInsteadOfAPrompt() throws IOException {
        nxos.setFault(Fault.GARBAGE);
        try (Term t = Term.open(nxos)) {
            t.expect(Pattern.compile("(?s).{512}"), Term.TIMEOUT);
            t.send("\n");
            t.expect(Pattern.compile("(?s).{512}"), Term.TIMEOUT);
            assertThat(t.transcript()).doesNotContain("nx-f#").doesNotContain("Cisco Nexus");
        }
    }

    @Test
    void unexpectedPromptStillRunsCommands() throws IOException {
        nxos.setFault(Fault.UNEXPECTED_PROMPT);
        try (Term t = Term.open(nxos)) {
            t.expect(Pattern.quote("???"));
            assertThat(t.command("show version", Pattern.quote("???"))).contains("NXOS: version");
            assertThat(t.transcript()).doesNotContain("nx-f#");
        }
    }

    @Test
    void crOnlyIgnoresLineFeeds() throws IOException {
        nxos.setFault(Fault.CR_ONLY);
        try (Term t = Term.open(nxos)) {
            t.expect("nx-f#");
            t.send("show version\n");
            t.expect("show version");
            assertThatThrownBy(() -> t.expect(Pattern.compile("NXOS"), Duration.ofMillis(700)))
                    .isInstanceOf(AssertionError.class);
            t.send("\r");
            assertThat(t.expect("nx-f#")).startsWith("\r\n").contains("NXOS: version");
        }
    }

    @Test
    void charEchoEchoesSlowlyAndFragmentsOutput() throws IOException {
        try (Term t = ready(nxos)) {
            nxos.setFault(Fault.CHAR_ECHO);
            long start = System.nanoTime();
            t.send("show version\n");
            t.expect("show version\r\n");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(80));
            t.expect("nx-f#");
            // counted from before the command is sent, so output that arrives early is counted too; the echo
            // takes at most one write per character of the command line
            String command = "show running-config";
            int before = t.writes();
            assertThat(t.command(command, "nx-f#")).contains("boot nxos");
            assertThat(t.writes() - before - (command.length() + 2))
                    .as("writes of the output beyond the echo (the client may coalesce some)")
                    .isGreaterThan(1);
        }
    }

    @Test
    void ansiColoursPromptsAndLines() throws IOException {
        nxos.setFaults(Set.of(Fault.ANSI));
        try (Term t = Term.open(nxos)) {
            assertThat(t.expect("nx-f#\u001b\\[0m")).contains("\u001b[1;32mnx-f#");
            String version = t.command("show version", "nx-f#\u001b\\[0m");
            assertThat(version).contains("\u001b[KSoftware\n");
            nxos.setFault(Fault.NONE);
            assertThat(t.command("show version", "nx-f#")).doesNotContain("\u001b");
        }
        assertThat(nxos.faults()).isEmpty();
    }
}
