package io.nocvault.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.nocvault.NocVaultApplication;
import io.nocvault.backup.BackupRuns;
import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocProvisioning;
import io.nocvault.noc.NocSummary;
import io.nocvault.transport.ConnectionReport;
import io.nocvault.transport.ConnectionTester;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo lab in a real application on a file database in a temporary data directory, on random free ports: two
 * NOCs with twenty simulated devices of every platform, reachable directly and through the simulated jump server,
 * the same after a restart; and nothing of it without the switch.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoLabTest {

    static final int DEVICES_PER_NOC = 10;

    @TempDir
    Path dataDir;

    @Test
    void startsTheLabAndARestartKeepsDevicesPortsConfigsAndHostKeys(CapturedOutput output) throws Exception {
        Ports ports = Ports.free(2 * DEVICES_PER_NOC);
        Map<String, Long> ids;
        String changedHost;
        String changedConfig;
        LabSettings settings;
        try (ConfigurableApplicationContext app = start(true, ports, "0")) {
            Lab lab = new Lab(app);
            assertThat(ports.allListening()).isTrue();
            settings = lab.settings();
            assertThat(settings.jumpPort()).isEqualTo(ports.jump());
            assertThat(settings.basePort()).isEqualTo(ports.base());
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("demo/lab.properties")))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));

            List<DeviceSummary> devices = lab.assertInventory(ports);
            lab.assertConnects();
            lab.awaitBackupsWhenTheBackupModuleIsThere();

            List<String> changed = lab.demoLab.changeAndBackUp();
            assertThat(changed).hasSizeBetween(1, 2);
            // the first change is on devices whose platform's driver can restore (a new user tries that next)
            assertThat(changed)
                    .allSatisfy(host -> assertThat(
                                    lab.demoLab.simulator().device(host).platform())
                            .isIn("cisco_ios", "cisco_iosxe", "arista_eos", "juniper_junos"));
            changedHost = changed.getFirst();
            changedConfig = lab.demoLab.simulator().device(changedHost).currentConfig();
            ids = devices.stream().collect(Collectors.toMap(DeviceSummary::hostname, DeviceSummary::id));
        }
        assertThat(ports.noneListening())
                .as("the simulator stops with the application")
                .isTrue();
        assertThat(Files.readString(dataDir.resolve("demo/revisions.properties")))
                .contains(changedHost + "=1");

        // the second start asks for other ports (the lab keeps those of its first start) and changes configs by itself
        try (ConfigurableApplicationContext app = start(true, Ports.free(2 * DEVICES_PER_NOC), "3s")) {
            Lab lab = new Lab(app);
            assertThat(lab.demoLab.simulator().device(changedHost).currentConfig())
                    .isEqualTo(changedConfig);
            assertThat(ports.allListening()).isTrue();
            assertThat(lab.devices().stream().collect(Collectors.toMap(DeviceSummary::hostname, DeviceSummary::id)))
                    .isEqualTo(ids);
            assertThat(lab.jdbc
                            .sql("select count(*) from nocs")
                            .query(Long.class)
                            .single())
                    .isEqualTo(2);
            lab.assertConnects();
            int changesBefore = changes();
            await().atMost(Duration.ofSeconds(30)).until(() -> changes() > changesBefore);
        }
        assertThat(output.getAll())
                .contains("Demo lab: 20 simulated devices")
                .doesNotContain(settings.devicePassword(), settings.enableSecret(), settings.jumpPassword());
    }

    @Test
    void withoutTheSwitchNoSimulatorRunsAndNothingIsCreated() throws Exception {
        Ports ports = Ports.free(2 * DEVICES_PER_NOC);
        try (ConfigurableApplicationContext app = start(false, ports, "0")) {
            assertThat(app.getBeanProvider(DemoLab.class).getIfAvailable()).isNull();
            assertThat(ports.noneListening()).isTrue();
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from nocs").query(Long.class).single())
                    .isZero();
            assertThat(Files.exists(dataDir.resolve("demo"))).isFalse();
        }
    }

    /** The config changes recorded in revisions.properties. */
    private int changes() throws IOException {
        return Files.readString(dataDir.resolve("demo/revisions.properties"))
                .lines()
                .filter(l -> !l.startsWith("#") && l.contains("="))
                .mapToInt(l -> Integer.parseInt(l.substring(l.indexOf('=') + 1)))
                .sum();
    }

    private ConfigurableApplicationContext start(boolean enabled, Ports ports, String changeInterval) {
        // arguments, not builder properties: those are defaults that application.yaml would override
        return new SpringApplicationBuilder(NocVaultApplication.class)
                .profiles("test")
                .run(
                        "--nocvault.data-dir=" + dataDir,
                        "--nocvault.admin.initial-password=Initial-Admin-Pass-1",
                        "--server.port=0",
                        "--nocvault.demo.enabled=" + enabled,
                        "--nocvault.demo.jump-port=" + ports.jump(),
                        "--nocvault.demo.base-port=" + ports.base(),
                        "--nocvault.demo.devices-per-noc=" + DEVICES_PER_NOC,
                        "--nocvault.demo.change-interval=" + changeInterval);
    }

    /** The running lab seen through the application's APIs, as background work (no user, no request). */
    static final class Lab {
        final DemoLab demoLab;
        final NocProvisioning provisioning;
        final NocDirectory nocs;
        final DeviceDirectory directory;
        final ConnectionTester tester;
        final JdbcClient jdbc;
        final ConfigurableApplicationContext app;

        Lab(ConfigurableApplicationContext app) {
            this.app = app;
            demoLab = app.getBean(DemoLab.class);
            provisioning = app.getBean(NocProvisioning.class);
            nocs = app.getBean(NocDirectory.class);
            directory = app.getBean(DeviceDirectory.class);
            tester = app.getBean(ConnectionTester.class);
            jdbc = app.getBean(JdbcClient.class);
        }

        LabSettings settings() {
            return new LabFiles(app.getBean(io.nocvault.common.DataDirectory.class)
                            .root()
                            .resolve("demo"))
                    .loadOrCreate(app.getBean(DemoLabProperties.class));
        }

        NocSummary johannesburg() {
            return provisioning.findByName("Demo Johannesburg").orElseThrow();
        }

        NocSummary capeTown() {
            return provisioning.findByName("Demo Cape Town").orElseThrow();
        }

        List<DeviceSummary> devices() {
            return directory.ofNocs(List.of(johannesburg().id(), capeTown().id()));
        }

        /** Both NOCs, Cape Town behind the jump server, and the planned devices of every platform. */
        List<DeviceSummary> assertInventory(Ports ports) {
            List<DeviceSummary> devices = devices();
            assertThat(devices).hasSize(2 * DEVICES_PER_NOC);
            assertThat(devices.stream().map(DeviceSummary::deviceType).distinct())
                    .hasSize(15);
            assertThat(devices).allSatisfy(d -> {
                assertThat(d.address()).isEqualTo("127.0.0.1");
                assertThat(d.tags()).contains("demo");
                assertThat(d.enabled()).isTrue();
            });
            assertThat(devices.stream().filter(d -> d.nocId() == capeTown().id()))
                    .hasSize(DEVICES_PER_NOC)
                    .allSatisfy(d -> assertThat(d.hostname()).startsWith("cpt-"));
            assertThat(nocs.jumpServer(johannesburg().id())).isEmpty();
            assertThat(nocs.jumpServer(capeTown().id()))
                    .hasValueSatisfying(j -> assertThat(j.port()).isEqualTo(ports.jump()));
            return devices;
        }

        /** A device of each NOC passes "test connection", the Cape Town one through the jump server. */
        void assertConnects() {
            DeviceSummary direct = first(johannesburg().id(), "cisco_ios");
            ConnectionReport report = tester.testDevice(directory.access(direct.id()), null);
            assertThat(report.ok()).as("%s", report).isTrue();

            DeviceSummary behind = capeTown(directory);
            ConnectionReport viaJump = tester.testDevice(
                    directory.access(behind.id()),
                    nocs.jumpServer(capeTown().id()).orElseThrow());
            assertThat(viaJump.ok()).as("%s", viaJump).isTrue();
            assertThat(viaJump.steps()).anySatisfy(s -> assertThat(s.step()).startsWith("Jump server: Authentication"));
        }

        private DeviceSummary capeTown(DeviceDirectory devices) {
            return devices.ofNocs(List.of(capeTown().id())).stream()
                    .filter(d -> d.deviceType().equals("huawei_vrp"))
                    .findFirst()
                    .orElseThrow();
        }

        private DeviceSummary first(long nocId, String type) {
            return directory.ofNocs(List.of(nocId)).stream()
                    .filter(d -> d.deviceType().equals(type))
                    .findFirst()
                    .orElseThrow();
        }

        /** With the backup module, the first run backs up every demo device. */
        void awaitBackupsWhenTheBackupModuleIsThere() {
            if (app.getBeanProvider(BackupRuns.class).getIfAvailable() == null) {
                return;
            }
            await().atMost(Duration.ofSeconds(120))
                    .untilAsserted(() -> assertThat(devices())
                            .allSatisfy(d -> assertThat(d.lastBackupStatus())
                                    .as(d.hostname() + " " + d.lastBackupError())
                                    .isEqualTo(BackupStatus.SUCCESS)));
        }
    }

    /** A free jump port and a free range of device ports on the loopback address. */
    record Ports(int jump, int base, int count) {

        static Ports free(int count) throws IOException {
            for (int attempt = 0; attempt < 50; attempt++) {
                int base = ThreadLocalRandom.current().nextInt(30_000, 60_000);
                Ports ports = new Ports(base - 1, base, count);
                if (ports.allFree()) {
                    return ports;
                }
            }
            throw new IOException("no free port range found");
        }

        IntStream all() {
            return IntStream.rangeClosed(jump, base + count - 1);
        }

        boolean allFree() {
            return all().allMatch(Ports::bindable);
        }

        boolean allListening() {
            return all().allMatch(Ports::listening);
        }

        boolean noneListening() {
            return all().noneMatch(Ports::listening);
        }

        private static boolean bindable(int port) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
                return true;
            } catch (IOException e) {
                return false;
            }
        }

        private static boolean listening(int port) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
                return true;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
