package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The enable dialog of the platforms that have one. */
class EnableDialogTest {

    private static Simulator sim;

    @BeforeAll
    static void start() throws IOException {
        Simulator.Builder b = Simulator.builder().password("pw").enableSecret("top-secret");
        for (String key : new String[] {"cisco_ios", "cisco_iosxe", "cisco_asa", "arista_eos"}) {
            b.device(key, key + "-1");
            b.device(DeviceSpec.of(key, key + "-open").withEnableSecret(""));
        }
        sim = b.start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cisco_ios", "cisco_iosxe", "cisco_asa", "arista_eos"})
    void rightSecretGivesPrivilegedPromptAndTheConfig(String key) throws IOException {
        SimulatedDevice d = sim.device(key + "-1");
        try (Term t = Term.open(d)) {
            t.expect(d.hostname() + ">");
            assertThat(t.command("show running-config", d.hostname() + ">")).contains(Contract.INVALID);
            t.send("enable\n");
            assertThat(t.expect("Password: ")).endsWith("enable\r\nPassword: ");
            t.send("top-secret\n");
            String reply = t.expect(d.hostname() + "#");
            assertThat(reply).doesNotContain("top-secret");
            t.command(key.equals("cisco_asa") ? "terminal pager 0" : "terminal length 0", d.hostname() + "#");
            assertThat(t.command("show running-config", d.hostname() + "#")).contains("hostname " + d.hostname());
            t.command("disable", d.hostname() + ">");
        }
    }

    @ParameterizedTest
    @CsvSource({
        "cisco_ios,% Bad secrets",
        "cisco_iosxe,% Bad secrets",
        "cisco_asa,% Bad secrets",
        "arista_eos,% Access denied"
    })
    void wrongSecretIsRefused(String key, String refusal) throws IOException {
        SimulatedDevice d = sim.device(key + "-1");
        try (Term t = Term.open(d)) {
            t.expect(d.hostname() + ">");
            t.send("enable\n");
            t.expect("Password: ");
            t.send("guess\n");
            assertThat(t.expect(d.hostname() + ">")).contains(refusal).doesNotContain(d.hostname() + "#");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cisco_ios", "arista_eos"})
    void withoutEnableSecretEnableAsksForNothing(String key) throws IOException {
        SimulatedDevice d = sim.device(key + "-open");
        assertThat(d.enableSecret()).isNull();
        try (Term t = Term.open(d)) {
            t.expect(d.hostname() + ">");
            assertThat(t.command("enable", d.hostname() + "#")).isEmpty();
        }
        d.setFault(Fault.ENABLE_REFUSED);
        try (Term t = Term.open(d)) {
            t.expect(d.hostname() + ">");
            t.send("enable\n");
            t.expect("Password: ");
            t.send("\n");
            assertThat(t.expect(d.hostname() + ">")).contains("% ");
        } finally {
            d.setFault(Fault.NONE);
        }
    }
}
