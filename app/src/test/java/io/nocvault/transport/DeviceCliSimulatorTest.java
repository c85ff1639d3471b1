package io.nocvault.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.CaptureResult;
import io.nocvault.drivers.ConfigNormalizer;
import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.drivers.FailureKind;
import io.nocvault.noc.JumpServer;
import io.nocvault.simulator.Fault;
import io.nocvault.simulator.Platforms;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.NocVaultTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Drivers and transport against the simulator: every platform, directly and through a jump server, and every fault. */
@NocVaultTest
class DeviceCliSimulatorTest {

    static final String ENABLE = "enable-Secret-7";
    static final TransportTimeouts TIMEOUTS =
            new TransportTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(60));
    static Simulator sim;

    @Autowired
    DeviceCli cli;

    @Autowired
    SshConnector connector;

    @Autowired
    DriverCatalog drivers;

    @Autowired
    ConfigNormalizer normalizer;

    @Autowired
    ConnectionTester tester;

    @BeforeAll
    static void startSimulator() throws Exception {
        Simulator.Builder builder = Simulator.builder()
                .username("netops")
                .password("device-Pass-1")
                .enableSecret(ENABLE)
                .configLines(400)
                .jumpHost("jumper", "jump-Pass-1");
        for (String platform : Platforms.keys()) {
            builder.device(platform, "lab-" + platform.replace('_', '-'));
            builder.device(platform, "faulty-" + platform.replace('_', '-'));
        }
        sim = builder.start();
    }

    @AfterAll
    static void stopSimulator() throws Exception {
        sim.close();
    }

    @AfterEach
    void clearFaults() {
        sim.devices().forEach(d -> d.setFault(Fault.NONE));
    }

    static Stream<String> platforms() {
        return Platforms.keys().stream();
    }

    DeviceAccess access(SimulatedDevice device, Duration commandTimeout) {
        Driver driver = drivers.get(device.platform());
        TransportTimeouts timeouts = commandTimeout == null
                ? TIMEOUTS
                : new TransportTimeouts(TIMEOUTS.connect(), Duration.ofSeconds(10), commandTimeout);
        SshEndpoint endpoint = new SshEndpoint(
                device.host(),
                device.port(),
                SshCredentials.password(device.username(), device.password()),
                "device:" + UUID.randomUUID(),
                1L,
                device.hostname());
        return new DeviceAccess(
                endpoint, driver, new DeviceLogin(device.username(), device.password(), ENABLE), timeouts, null);
    }

    JumpTunnel jump() {
        SshEndpoint endpoint = new SshEndpoint(
                "127.0.0.1",
                sim.jumpPort(),
                SshCredentials.password("jumper", "jump-Pass-1"),
                "jump:" + UUID.randomUUID(),
                1L,
                "jump");
        return connector.openJump(endpoint, TIMEOUTS, StepListener.NONE);
    }

    @ParameterizedTest
    @MethodSource("platforms")
    void capturesEveryPlatformDirectlyAndNormalizesVolatileLinesAway(String platform) {
        SimulatedDevice device = sim.device("lab-" + platform.replace('_', '-'));
        CaptureResult first = cli.capture(access(device, null), null, StepListener.NONE);
        CaptureResult second = cli.capture(access(device, null), null, StepListener.NONE);

        assertThat(first.config())
                .contains(device.hostname())
                .hasLineCount(
                        second.config().lines().count() == 0
                                ? 0
                                : (int) second.config().lines().count());
        Driver driver = drivers.get(platform);
        assertThat(normalizer.normalize(driver, second.config()))
                .isEqualTo(normalizer.normalize(driver, first.config()));
        assertThat(first.sections().size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void capturesEveryPlatformThroughOneJumpSession() {
        try (JumpTunnel tunnel = jump()) {
            for (String platform : Platforms.keys()) {
                SimulatedDevice device = sim.device("lab-" + platform.replace('_', '-'));
                CaptureResult result = cli.capture(access(device, null), tunnel, StepListener.NONE);
                assertThat(result.config()).as(platform).contains(device.hostname());
            }
            assertThat(tunnel.isOpen()).isTrue();
        }
    }

    @Test
    void aChangedConfigNormalizesDifferently() {
        SimulatedDevice device = sim.device("faulty-cisco-ios");
        Driver driver = drivers.get("cisco_ios");
        String before = normalizer.normalize(
                driver,
                cli.capture(access(device, null), null, StepListener.NONE).config());
        device.mutateConfig();
        String after = normalizer.normalize(
                driver,
                cli.capture(access(device, null), null, StepListener.NONE).config());
        assertThat(after).isNotEqualTo(before);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("cisco_ios", Fault.WRONG_PASSWORD, FailureKind.AUTHENTICATION),
                Arguments.of("cisco_ios", Fault.ENABLE_REFUSED, FailureKind.ENABLE_REFUSED),
                Arguments.of("arista_eos", Fault.ENABLE_REFUSED, FailureKind.ENABLE_REFUSED),
                Arguments.of("cisco_ios", Fault.HANG, FailureKind.TIMEOUT),
                Arguments.of("juniper_junos", Fault.DROP_MID_CONFIG, FailureKind.TRUNCATED_CONFIG),
                Arguments.of("cisco_nxos", Fault.GARBAGE, FailureKind.PROMPT_NOT_RECOGNISED),
                Arguments.of("huawei_vrp", Fault.UNEXPECTED_PROMPT, FailureKind.PROMPT_NOT_RECOGNISED));
    }

    @ParameterizedTest
    @MethodSource("faults")
    void everyFaultIsClassified(String platform, Fault fault, FailureKind expected) {
        SimulatedDevice device = sim.device("faulty-" + platform.replace('_', '-'));
        device.setFault(fault);
        assertThatThrownBy(() -> cli.capture(access(device, Duration.ofSeconds(3)), null, StepListener.NONE))
                .isInstanceOfSatisfying(CaptureException.class, e -> {
                    assertThat(e.kind()).isEqualTo(expected);
                    assertThat(e.getMessage()).doesNotContain(device.password(), ENABLE);
                });
    }

    static Stream<Arguments> survivableFaults() {
        return Stream.of(
                Arguments.of("cisco_ios", List.of(Fault.SLOW_OUTPUT)),
                Arguments.of("arista_eos", List.of(Fault.CR_ONLY)),
                Arguments.of("cisco_iosxe", List.of(Fault.CHAR_ECHO)),
                Arguments.of("juniper_junos", List.of(Fault.ANSI)),
                Arguments.of("fortinet_fortios", List.of(Fault.ANSI, Fault.CHAR_ECHO)));
    }

    @ParameterizedTest
    @MethodSource("survivableFaults")
    void survivesSlowOutputCrOnlyEnterCharacterEchoAndAnsi(String platform, List<Fault> faults) {
        SimulatedDevice device = sim.device("faulty-" + platform.replace('_', '-'));
        device.setFaults(java.util.Set.copyOf(faults));
        Driver driver = drivers.get(platform);
        DeviceAccess access = access(device, Duration.ofSeconds(20));
        if (faults.contains(Fault.CR_ONLY)) {
            access = new DeviceAccess(
                    access.endpoint(), crOnly(access.driver()), access.login(), access.timeouts(), null);
        }
        CaptureResult result = cli.capture(access, null, StepListener.NONE);
        device.setFault(Fault.NONE);
        CaptureResult clean = cli.capture(access(device, null), null, StepListener.NONE);
        assertThat(normalizer.normalize(driver, result.config()))
                .isEqualTo(normalizer.normalize(driver, clean.config()));
    }

    @Test
    void probeReachesThePrivilegedPrompt() {
        SimulatedDevice device = sim.device("lab-cisco-ios");
        assertThat(cli.probe(access(device, null), null, StepListener.NONE)).isEqualTo(device.hostname() + "#");
    }

    @Test
    void connectionTestReportsEveryStepThroughTheJumpServer() {
        SimulatedDevice device = sim.device("lab-arista-eos");
        JumpServer jump = new JumpServer(77, "Lab", "127.0.0.1", sim.jumpPort(), "jumper", "jump-Pass-1", null);
        ConnectionReport report = tester.testDevice(access(device, null), jump);

        assertThat(report.ok()).isTrue();
        assertThat(report.steps())
                .extracting(ConnectionReport.Step::step)
                .containsExactly(
                        "Jump server: DNS lookup",
                        "Jump server: TCP connect",
                        "Jump server: SSH handshake",
                        "Jump server: Host key",
                        "Jump server: Authentication",
                        "TCP connect",
                        "SSH handshake",
                        "Host key",
                        "Authentication",
                        "Shell",
                        "Prompt and enable");
    }

    @Test
    void connectionTestNamesTheFailedStep() {
        SimulatedDevice device = sim.device("faulty-cisco-ios");
        device.setFault(Fault.ENABLE_REFUSED);
        ConnectionReport report = tester.testDevice(access(device, Duration.ofSeconds(3)), null);
        assertThat(report.ok()).isFalse();
        assertThat(report.steps()).last().satisfies(step -> {
            assertThat(step.step()).isEqualTo("Prompt and enable");
            assertThat(step.error()).contains("enable");
        });

        JumpServer badJump = new JumpServer(78, "Lab", "127.0.0.1", sim.jumpPort(), "jumper", "wrong-Pass-9", null);
        ConnectionReport jumpReport = tester.testJump(badJump, TIMEOUTS);
        assertThat(jumpReport.ok()).isFalse();
        assertThat(jumpReport.steps()).last().satisfies(step -> {
            assertThat(step.step()).isEqualTo("Authentication");
            assertThat(step.error()).doesNotContain("wrong-Pass-9");
        });
    }

    static Driver crOnly(Driver d) {
        return new Driver(
                d.key(),
                d.name(),
                d.baseKey(),
                d.builtIn(),
                "\r",
                d.prompts(),
                d.login(),
                d.enable(),
                d.pager(),
                d.captures(),
                d.errors(),
                d.endOfConfig(),
                d.normalization(),
                d.masks(),
                d.logout(),
                d.timeouts(),
                d.restore(),
                d.vars(),
                d.yaml(),
                d.origins());
    }
}
