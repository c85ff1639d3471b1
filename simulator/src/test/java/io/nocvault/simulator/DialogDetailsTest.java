package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.regex.Pattern;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Line ends, line editing, banners, prompts of sub-modes, colours and public-key login. */
class DialogDetailsTest {

    private static Simulator sim;
    private static KeyPair clientKey;

    @BeforeAll
    static void start() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        clientKey = generator.generateKeyPair();
        sim = Simulator.builder()
                .password("pw")
                .enableSecret("en")
                .authorizedKey(clientKey.getPublic())
                .device("cisco_ios", "r1")
                .device("hp_procurve", "pc1")
                .device("mikrotik_routeros", "mt1")
                .device("fortinet_fortios", "fg1")
                .device("linux", "lx1")
                .start();
    }

    @AfterAll
    static void stop() {
        sim.close();
    }

    @Test
    void crLfCrAndLfAreEachOneEnter() throws IOException {
        try (Term t = Term.open(sim.device("lx1"))) {
            t.expect("admin@lx1:~\\$ ");
            t.send("hostname\r\nhostname\rhostname\n");
            String out = t.expect("(?s)(lx1\r\nadmin@lx1:~\\$ .*){3}");
            assertThat(out.split("admin@lx1:~\\$ ", -1)).hasSize(4);
            assertThat(t.rest()).isEmpty();
        }
    }

    @Test
    void backspaceAndCtrlCEditTheLine() throws IOException {
        try (Term t = Term.open(sim.device("lx1"))) {
            t.expect("admin@lx1:~\\$ ");
            t.send("whoamx\u007fi\n");
            assertThat(t.expect("admin@lx1:~\\$ ")).contains("whoamx\b \bi\r\nadmin\r\n");
            t.send("rm -rf /\u0003");
            assertThat(t.expect("admin@lx1:~\\$ ")).endsWith("^C\r\nadmin@lx1:~$ ");
            assertThat(t.command("cat /etc/shadow", "admin@lx1:~\\$ ")).contains("No such file or directory");
        }
    }

    @Test
    void procurveWaitsForAKeyBeforeThePrompt() throws IOException {
        try (Term t = Term.open(sim.device("pc1"))) {
            assertThat(t.expect("Press any key to continue")).contains("HPE 2920-48G Switch");
            assertThatThrownBy(() -> t.expect(Pattern.compile("pc1# "), Duration.ofMillis(300)))
                    .isInstanceOf(AssertionError.class);
            t.send("\r\n");
            t.expect("pc1# ");
            t.send("no page\n");
            assertThat(t.expect("pc1# ")).isEqualTo("no page\r\npc1# ");
        }
    }

    @Test
    void routerosColoursThePromptUnlessTheLoginCarriesPlusC() throws IOException {
        SimulatedDevice d = sim.device("mt1");
        try (Term t = Term.open(d.port(), "admin", "pw")) {
            assertThat(t.expect("\\] > ")).contains("[\u001b[36madmin\u001b[m@");
        }
        try (Term t = Term.open(d.port(), "admin+ct", "pw")) {
            assertThat(t.expect("\\] > ")).endsWith("[admin@mt1] > ");
        }
    }

    @Test
    void iosConfigModePromptsFollowTheSubMode() throws IOException {
        try (Term t = Term.open(sim.device("r1"))) {
            t.expect("r1>");
            assertThat(t.command("configure terminal", "r1>")).contains(Contract.INVALID);
            Dialog.enable(t, Contract.ALL.get("cisco_ios"), sim.device("r1"));
            assertThat(t.command("configure terminal", "r1\\(config\\)#")).contains("End with CNTL/Z.");
            t.command("interface GigabitEthernet1/0/1", "r1\\(config-if\\)#");
            t.command(" description test", "r1\\(config-if\\)#");
            t.command("exit", "r1\\(config\\)#");
            t.send("\u001a");
            t.expect("r1#");
            SimulatedDevice r1 = sim.device("r1");
            // lines pushed without comments replace the config; the device keeps its ! separators
            assertThat(r1.currentConfig()).endsWith("!\ninterface GigabitEthernet1/0/1\n description test\n!\nend\n");
            assertThat(r1.readConfig()).startsWith("Building configuration...\n\nCurrent configuration : ");
        }
    }

    @Test
    void fortiosConsoleModeHasItsOwnPromptAndPagingTakesEffectAtEnd() throws IOException {
        try (Term t = Term.open(sim.device("fg1"))) {
            t.expect("fg1 # ");
            t.command("config system console", "fg1 \\(console\\) # ");
            t.command("set output standard", "fg1 \\(console\\) # ");
            t.command("end", "fg1 # ");
            String config = t.command("show full-configuration", "fg1 # ");
            assertThat(config).doesNotContain("--More--").endsWith("\nend\n");
        }
    }

    @Test
    void publicKeyLoginWorksAndWrongPasswordFaultRefusesIt() throws IOException {
        SimulatedDevice d = sim.device("lx1");
        try (ClientSession session = Term.client()
                .connect("admin", "127.0.0.1", d.port())
                .verify(Term.TIMEOUT)
                .getClientSession()) {
            session.addPublicKeyIdentity(clientKey);
            session.auth().verify(Term.TIMEOUT);
            assertThat(session.isAuthenticated()).isTrue();
        }
        d.setFault(Fault.WRONG_PASSWORD);
        try (ClientSession session = Term.client()
                .connect("admin", "127.0.0.1", d.port())
                .verify(Term.TIMEOUT)
                .getClientSession()) {
            session.addPublicKeyIdentity(clientKey);
            assertThatThrownBy(() -> session.auth().verify(Term.TIMEOUT)).isInstanceOf(SshException.class);
        } finally {
            d.setFault(Fault.NONE);
        }
    }
}
