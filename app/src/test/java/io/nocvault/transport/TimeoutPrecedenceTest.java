package io.nocvault.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.drivers.DriverProperties;
import io.nocvault.drivers.FailureKind;
import io.nocvault.drivers.internal.DeviceTypeService;
import io.nocvault.drivers.internal.DeviceTypes;
import io.nocvault.simulator.Fault;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.NocVaultTest;
import io.nocvault.transport.internal.TransportProperties;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/**
 * Timeouts: global ({@code nocvault.transport.*}) &lt; device type &lt; device, each value on its own, and the CLI
 * dialog runs with the resolved values rather than its driver's defaults.
 */
@NocVaultTest
class TimeoutPrecedenceTest {

    static final TransportTimeouts GLOBAL =
            new TransportTimeouts(Duration.ofSeconds(7), Duration.ofSeconds(25), Duration.ofSeconds(45));

    @Autowired
    TransportTimeouts global;

    @Autowired
    DriverCatalog drivers;

    @Autowired
    DriverProperties driverDefaults;

    @Autowired
    DeviceTypeService deviceTypes;

    @Autowired
    DeviceCli cli;

    @Test
    void eachValueComesFromTheMostSpecificLevelThatSetsIt() {
        TimeoutOverride type = new TimeoutOverride(null, Duration.ofSeconds(40), Duration.ofMinutes(2));
        TimeoutOverride device = new TimeoutOverride(null, null, Duration.ofMinutes(5));

        assertThat(TransportTimeouts.resolve(GLOBAL, null, null)).isEqualTo(GLOBAL);
        assertThat(TransportTimeouts.resolve(GLOBAL, TimeoutOverride.NONE, TimeoutOverride.NONE))
                .isEqualTo(GLOBAL);
        assertThat(TransportTimeouts.resolve(GLOBAL, type, null))
                .isEqualTo(new TransportTimeouts(Duration.ofSeconds(7), Duration.ofSeconds(40), Duration.ofMinutes(2)));
        assertThat(TransportTimeouts.resolve(GLOBAL, type, device))
                .isEqualTo(new TransportTimeouts(Duration.ofSeconds(7), Duration.ofSeconds(40), Duration.ofMinutes(5)));
        assertThat(TransportTimeouts.resolve(GLOBAL, null, new TimeoutOverride(Duration.ofSeconds(3), null, null)))
                .isEqualTo(
                        new TransportTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(25), Duration.ofSeconds(45)));
        assertThatThrownBy(() -> new TimeoutOverride(Duration.ZERO, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theGlobalTimeoutsAreBoundFromNocvaultTransport() {
        assertThat(global).isEqualTo(TransportTimeouts.DEFAULT);
        assertThat(driverDefaults.timeouts()).isEqualTo(global.forDriver());
        TransportProperties bound = new Binder(new MapConfigurationPropertySource(
                        Map.of("nocvault.transport.connect-timeout", "3s", "nocvault.transport.command-timeout", "2m")))
                .bindOrCreate("nocvault.transport", TransportProperties.class);
        assertThat(bound.timeouts())
                .isEqualTo(new TransportTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(30), Duration.ofMinutes(2)));
    }

    @Test
    void theDriversDefaultTimeoutsFollowTheTransportSettings() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment
                .getPropertySources()
                .addFirst(new MapPropertySource("override", Map.of("nocvault.transport.command-timeout", "3m")));
        new YamlPropertySourceLoader()
                .load("application.yaml", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);
        DriverProperties bound = Binder.get(environment).bindOrCreate("nocvault.drivers", DriverProperties.class);
        assertThat(bound.commandTimeout()).isEqualTo(Duration.ofMinutes(3));
    }

    @Test
    void aDeviceTypeOverridesOnlyTheTimeoutsItDeclares() {
        assertThat(TimeoutOverride.declaredBy(drivers.get("cisco_ios"))).isEqualTo(TimeoutOverride.NONE);
        Driver slow = slowType();
        assertThat(TimeoutOverride.declaredBy(slow)).isEqualTo(new TimeoutOverride(null, null, Duration.ofMinutes(2)));
        assertThat(TransportTimeouts.resolve(GLOBAL, TimeoutOverride.declaredBy(slow), null))
                .isEqualTo(new TransportTimeouts(Duration.ofSeconds(7), Duration.ofSeconds(25), Duration.ofMinutes(2)));
    }

    @Test
    void theDialogWaitsForTheResolvedCommandTimeout() throws Exception {
        try (Simulator sim = Simulator.builder().device("cisco_ios", "slow-ios").start()) {
            SimulatedDevice device = sim.device("slow-ios");
            device.setFault(Fault.HANG);
            Driver slow = slowType();
            TransportTimeouts resolved = TransportTimeouts.resolve(
                    GLOBAL, TimeoutOverride.declaredBy(slow), new TimeoutOverride(null, null, Duration.ofSeconds(2)));
            SshEndpoint endpoint = new SshEndpoint(
                    device.host(),
                    device.port(),
                    SshCredentials.password(device.username(), device.password()),
                    "device:timeouts-" + UUID.randomUUID(),
                    null,
                    device.hostname());
            DeviceAccess access = new DeviceAccess(
                    endpoint,
                    slow,
                    new DeviceLogin(device.username(), device.password(), device.enableSecret()),
                    resolved,
                    null);

            assertThatThrownBy(() -> cli.capture(access, null, StepListener.NONE))
                    .isInstanceOfSatisfying(CaptureException.class, e -> {
                        assertThat(e.kind()).isEqualTo(FailureKind.TIMEOUT);
                        assertThat(e.getMessage()).contains("within 2s").doesNotContain("2m");
                    });
        }
    }

    /** A user-defined type on cisco_ios that declares only a command timeout (validated, not saved). */
    Driver slowType() {
        return deviceTypes.validate(
                new DeviceTypes.Command(
                        "slow_ios_" + UUID.randomUUID().toString().substring(0, 6),
                        "Slow IOS",
                        "cisco_ios",
                        "timeouts:\n  command: 2m\n"),
                true);
    }
}
