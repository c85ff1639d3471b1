package io.nocvault.backup.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.DeviceOutcome;
import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunStatus;
import io.nocvault.backup.RunTarget;
import io.nocvault.common.Origin;
import io.nocvault.drivers.FailureKind;
import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.internal.DeviceService;
import io.nocvault.simulator.Fault;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.transport.StallingProxy;
import io.nocvault.transport.TransportFixtures;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Every simulator fault gives its classified error and stores nothing; connection failures are retried; a
 * cancelled run skips what had not started and interrupts what ran; a NOC behind a jump server is reached through
 * it; a deleted device loses its versions.
 */
@NocVaultWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRunFaultsTest {

    static final Map<String, Object[]> FAULTS = new LinkedHashMap<>();

    static {
        FAULTS.put("fault-auth", new Object[] {"cisco_ios", Fault.WRONG_PASSWORD, FailureKind.AUTHENTICATION});
        FAULTS.put("fault-enable", new Object[] {"cisco_ios", Fault.ENABLE_REFUSED, FailureKind.ENABLE_REFUSED});
        FAULTS.put("fault-enable-eos", new Object[] {"arista_eos", Fault.ENABLE_REFUSED, FailureKind.ENABLE_REFUSED});
        FAULTS.put("fault-hang", new Object[] {"cisco_ios", Fault.HANG, FailureKind.TIMEOUT});
        FAULTS.put("fault-drop", new Object[] {"juniper_junos", Fault.DROP_MID_CONFIG, FailureKind.TRUNCATED_CONFIG});
        FAULTS.put("fault-garbage", new Object[] {"cisco_nxos", Fault.GARBAGE, FailureKind.PROMPT_NOT_RECOGNISED});
        FAULTS.put(
                "fault-prompt",
                new Object[] {"huawei_vrp", Fault.UNEXPECTED_PROMPT, FailureKind.PROMPT_NOT_RECOGNISED});
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    DeviceDirectory directory;

    RunFixture fixture;
    Simulator sim;

    @BeforeAll
    void start() throws Exception {
        RequestContextHolder.resetRequestAttributes();
        fixture = new RunFixture(context);
        Simulator.Builder builder = Simulator.builder()
                .password("device-Pass-2")
                .enableSecret("en-Secret-2")
                .configLines(80)
                .jumpHost("jumper", "jump-Pass-2");
        FAULTS.forEach((name, spec) -> builder.device((String) spec[0], name));
        for (int i = 0; i < 18; i++) {
            builder.device("cisco_ios", "hang-" + i);
        }
        for (int i = 0; i < 4; i++) {
            builder.device(i % 2 == 0 ? "arista_eos" : "juniper_junos", "behind-jump-" + i);
        }
        for (int i = 0; i < 8; i++) {
            builder.device(i % 2 == 0 ? "cisco_ios" : "arista_eos", "behind-stalled-jump-" + i);
        }
        builder.device("cisco_ios", "doomed");
        sim = builder.start();
    }

    @BeforeEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @AfterAll
    void stop() {
        sim.close();
    }

    @Test
    void everyFaultIsClassifiedAndStoresNothing() throws Exception {
        long nocId = fixture.nocs.create("Faults");
        Map<String, Long> ids = new LinkedHashMap<>();
        FAULTS.forEach((name, spec) -> {
            SimulatedDevice device = sim.device(name);
            device.setFault((Fault) spec[1]);
            long id = fixture.device(nocId, device);
            fixture.timeouts(id, Duration.ofSeconds(5), Duration.ofSeconds(2));
            ids.put(name, id);
        });
        long closed;
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        closed = fixture.provisioning
                .create(
                        new io.nocvault.inventory.NewDevice(
                                "fault-closed-port",
                                "127.0.0.1",
                                port,
                                nocId,
                                "cisco_ios",
                                "admin",
                                "x-Pass-9",
                                null,
                                null,
                                null,
                                true),
                        Origin.system())
                .id();

        RunReport run =
                fixture.await(fixture.runs.start(RunTarget.noc(nocId), Origin.system()), Duration.ofSeconds(120));

        RunFixture.assertEnded(run, RunStatus.FINISHED);
        assertThat(run.failed()).isEqualTo(FAULTS.size() + 1);
        FAULTS.forEach((name, spec) -> {
            RunReport.DeviceResult result = fixture.result(run, ids.get(name));
            assertThat(result.outcome()).as(name).isEqualTo(DeviceOutcome.FAILED);
            assertThat(result.failureKind())
                    .as("%s: %s", name, result.error())
                    .isEqualTo(((FailureKind) spec[2]).name());
            assertThat(result.attempts()).as(name).isEqualTo(1);
            assertThat(result.error()).doesNotContain("device-Pass-2", "en-Secret-2");
            assertThat(fixture.versionCount(ids.get(name))).as(name).isZero();
            DeviceSummary device = directory.find(ids.get(name)).orElseThrow();
            assertThat(device.lastBackupStatus()).isEqualTo(BackupStatus.FAILED);
            assertThat(device.lastBackupError()).isEqualTo(result.error());
        });
        RunReport.DeviceResult refused = fixture.result(run, closed);
        assertThat(refused.failureKind()).isEqualTo(FailureKind.TCP_CONNECT.name());
        assertThat(refused.attempts()).as("connection failures are tried again").isEqualTo(3);
    }

    @Test
    void cancelSkipsWaitingDevicesAndInterruptsRunningOnes() {
        long nocId = fixture.nocs.create("Cancel");
        for (int i = 0; i < 18; i++) {
            SimulatedDevice device = sim.device("hang-" + i);
            device.setFault(Fault.HANG);
            long id = fixture.device(nocId, device);
            fixture.timeouts(id, Duration.ofSeconds(20), Duration.ofSeconds(60));
        }
        long runId = fixture.runs.start(RunTarget.noc(nocId), Origin.system());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (context.getBean(RunExecutor.class).execution(runId).isEmpty() && System.nanoTime() < deadline) {
            RunFixture.sleep(20);
        }
        RunFixture.sleep(1500);
        long cancelledAt = System.nanoTime();
        fixture.runs.cancel(runId);
        RunReport run = fixture.await(runId, Duration.ofSeconds(30));

        assertThat(Duration.ofNanos(System.nanoTime() - cancelledAt)).isLessThan(Duration.ofSeconds(15));
        RunFixture.assertEnded(run, RunStatus.CANCELLED);
        assertThat(run.skipped()).isEqualTo(18);
        assertThat(run.devices())
                .allSatisfy(d -> assertThat(fixture.versionCount(d.deviceId())).isZero());
        assertThat(run.devices().stream().filter(d -> d.error().contains("while the device was being backed up")))
                .as("running devices (16 per NOC at once) were interrupted")
                .hasSize(16);
        assertThat(run.devices().stream().filter(d -> d.error().contains("before the device was started")))
                .hasSize(2);
    }

    @Test
    void reachesDevicesThroughTheNocsJumpServer() {
        TransportFixtures transport = new TransportFixtures(context);
        long nocId = transport.jumpNoc("Jumped", sim.jumpPort(), "jumper", "jump-Pass-2");
        List<Long> ids = java.util.stream.IntStream.range(0, 4)
                .mapToObj(i -> fixture.device(nocId, sim.device("behind-jump-" + i)))
                .toList();
        RunReport run =
                fixture.await(fixture.runs.start(RunTarget.noc(nocId), Origin.system()), Duration.ofSeconds(90));
        RunFixture.assertEnded(run, RunStatus.FINISHED);
        assertThat(run.stored()).as("%s", run).isEqualTo(4);
        ids.forEach(id -> assertThat(fixture.versionCount(id)).isEqualTo(1));

        long wrongJump = transport.jumpNoc("Jump refused", sim.jumpPort(), "jumper", "not-the-Password-1");
        long behind = fixture.device(wrongJump, sim.device("behind-jump-0"));
        RunReport refused =
                fixture.await(fixture.runs.start(RunTarget.noc(wrongJump), Origin.system()), Duration.ofSeconds(90));
        RunReport.DeviceResult result = fixture.result(refused, behind);
        assertThat(result.failureKind()).isEqualTo(FailureKind.AUTHENTICATION.name());
        assertThat(result.error()).contains("jump server").doesNotContain("not-the-Password-1");
        assertThat(fixture.versionCount(behind)).isZero();
    }

    /**
     * The jump connection stops carrying anything once the devices' logins are under way, as a hung jump server (or
     * the connection of one that died behind a firewall) would: the devices time out, the jump server does not answer
     * a keep-alive either, so its session is closed and the devices are tried again through a new one.
     */
    @Test
    void devicesHeldByAJumpServerThatStopsReadingAreTriedAgainThroughANewSession() throws Exception {
        TransportFixtures transport = new TransportFixtures(context);
        // the jump login itself takes about 2.5 KB from the client; the devices' own logins follow
        try (StallingProxy proxy = new StallingProxy(sim.jumpPort(), 6_000)) {
            long nocId = transport.jumpNoc("Stalled jump", proxy.port(), "jumper", "jump-Pass-2");
            List<Long> ids = java.util.stream.IntStream.range(0, 8)
                    .mapToObj(i -> fixture.device(nocId, sim.device("behind-stalled-jump-" + i)))
                    .toList();
            ids.forEach(id -> fixture.timeouts(id, Duration.ofSeconds(3), Duration.ofSeconds(3)));

            RunReport run =
                    fixture.await(fixture.runs.start(RunTarget.noc(nocId), Origin.system()), Duration.ofSeconds(120));

            RunFixture.assertEnded(run, RunStatus.FINISHED);
            assertThat(run.failed()).as("%s", run).isZero();
            assertThat(run.stored()).isEqualTo(8);
            assertThat(run.devices()).anySatisfy(d -> assertThat(d.attempts()).isGreaterThan(1));
            assertThat(proxy.connections()).as("jump connections").isEqualTo(2);
            ids.forEach(id -> assertThat(fixture.versionCount(id)).isEqualTo(1));
        }
    }

    @Test
    void aDeletedDeviceLosesItsVersions() {
        long nocId = fixture.nocs.create("Deleted");
        long id = fixture.device(nocId, sim.device("doomed"));
        RunReport run = fixture.await(
                fixture.runs.start(RunTarget.devices(List.of(id)), Origin.system()), Duration.ofSeconds(60));
        assertThat(run.stored()).isEqualTo(1);
        long blobs = blobCount();

        context.getBean(DeviceService.class).delete(id, Origin.system());

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((fixture.versionCount(id) > 0 || blobCount() >= blobs) && System.nanoTime() < deadline) {
            RunFixture.sleep(50);
        }
        assertThat(fixture.versionCount(id)).isZero();
        assertThat(blobCount()).as("its blobs are removed after the versions").isLessThan(blobs);
    }

    private long blobCount() {
        return fixture.jdbc
                .sql("select count(*) from backup_blobs")
                .query(Long.class)
                .single();
    }
}
