package io.nocvault.backup.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.DeviceOutcome;
import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunStatus;
import io.nocvault.backup.RunTarget;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.Origin;
import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.NocVaultWebTest;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * End to end against the simulator: the first run stores every device, the second stores nothing and confirms,
 * after some configs change exactly those get a new version; volatile lines alone never make a version.
 */
@NocVaultWebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRunFlowTest {

    static final List<String> PLATFORMS =
            List.of("cisco_ios", "arista_eos", "juniper_junos", "cisco_nxos", "huawei_vrp", "fortinet_fortios");

    @Autowired
    ApplicationContext context;

    @Autowired
    VersionStore store;

    @Autowired
    DeviceDirectory directory;

    RunFixture fixture;
    Simulator sim;
    long nocId;
    final Map<String, Long> ids = new HashMap<>();

    @BeforeAll
    void start() throws Exception {
        RequestContextHolder.resetRequestAttributes();
        fixture = new RunFixture(context);
        Simulator.Builder builder = Simulator.builder()
                .password("device-Pass-1")
                .enableSecret("en-Secret-1")
                .configLines(120);
        for (int i = 0; i < 12; i++) {
            builder.device(PLATFORMS.get(i % PLATFORMS.size()), "flow-" + i);
        }
        sim = builder.start();
        nocId = fixture.nocs.create("Flow");
        for (SimulatedDevice device : sim.devices()) {
            ids.put(device.hostname(), fixture.device(nocId, device));
        }
    }

    /** The test runs as background work (no request, no user: unrestricted), like a schedule. */
    @BeforeEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @AfterAll
    void stop() {
        sim.close();
    }

    @Test
    void storesEveryDeviceThenConfirmsThenStoresExactlyTheChangedOnes() {
        RunReport first =
                fixture.await(fixture.runs.start(RunTarget.noc(nocId), Origin.system()), Duration.ofSeconds(90));
        RunFixture.assertEnded(first, RunStatus.FINISHED);
        assertThat(first.devices())
                .allSatisfy(d -> assertThat(d.outcome())
                        .as("%s: %s", d.hostname(), d.error())
                        .isEqualTo(DeviceOutcome.STORED));
        assertThat(first.total()).isEqualTo(12);
        assertThat(first.stored()).isEqualTo(12);
        ids.values().forEach(id -> {
            assertThat(fixture.versionCount(id)).isEqualTo(1);
            assertThat(directory.find(id).orElseThrow().lastBackupStatus()).isEqualTo(BackupStatus.SUCCESS);
        });
        Map<Long, BackupVersion> firstVersions = latestVersions();
        assertThat(context.getBean(RunExecutor.class).timeLimitsWaiting())
                .as("an ended device's time limit leaves the timer, and what it holds is freed")
                .isZero();

        // the simulator changes volatile lines on every read: they alone never make a version
        SimulatedDevice ios = sim.device("flow-0");
        assertThat(ios.readConfig()).isNotEqualTo(ios.readConfig());
        RunReport second =
                fixture.await(fixture.runs.start(RunTarget.noc(nocId), Origin.system()), Duration.ofSeconds(90));
        RunFixture.assertEnded(second, RunStatus.FINISHED);
        assertThat(second.unchanged()).as("%s", second).isEqualTo(12);
        assertThat(second.stored()).isZero();
        Map<Long, BackupVersion> confirmed = latestVersions();
        ids.values().forEach(id -> {
            assertThat(confirmed.get(id).id()).isEqualTo(firstVersions.get(id).id());
            assertThat(confirmed.get(id).lastConfirmed())
                    .isAfter(firstVersions.get(id).lastConfirmed());
            assertThat(fixture.versionCount(id)).isEqualTo(1);
        });

        sim.device("flow-1").mutateConfig();
        sim.device("flow-8").mutateConfig();
        RunReport third =
                fixture.await(fixture.runs.start(RunTarget.noc(nocId), Origin.system()), Duration.ofSeconds(90));
        RunFixture.assertEnded(third, RunStatus.FINISHED);
        Set<Long> stored = third.devices().stream()
                .filter(d -> d.outcome() == DeviceOutcome.STORED)
                .map(RunReport.DeviceResult::deviceId)
                .collect(Collectors.toSet());
        assertThat(stored).containsExactlyInAnyOrder(ids.get("flow-1"), ids.get("flow-8"));
        assertThat(third.unchanged()).isEqualTo(10);
        BackupVersion changed = store.latest(ids.get("flow-1")).orElseThrow();
        assertThat(changed.added()).isPositive();
        assertThat(changed.removed()).isPositive();
        assertThat(fixture.versionCount(ids.get("flow-1"))).isEqualTo(2);
        assertThat(store.read(changed.id())).contains("flow-1");

        assertThat(fixture.jdbc
                        .sql("select count(*) from audit_entries where action = 'backup.run.finished'"
                                + " and target = :t")
                        .param("t", "backup run #" + third.id())
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void twoRunsOfTheSameDeviceAtOnceMakeOneVersion() {
        SimulatedDevice device = sim.device("flow-5");
        device.mutateConfig();
        long id = ids.get("flow-5");
        long before = fixture.versionCount(id);
        long a = fixture.runs.start(RunTarget.devices(List.of(id)), Origin.system());
        long b = fixture.runs.start(RunTarget.devices(List.of(id)), Origin.system());
        RunReport runA = fixture.await(a, Duration.ofSeconds(60));
        RunReport runB = fixture.await(b, Duration.ofSeconds(60));
        List<DeviceOutcome> outcomes = List.of(
                fixture.result(runA, id).outcome(), fixture.result(runB, id).outcome());
        assertThat(fixture.versionCount(id)).isLessThanOrEqualTo(before + 1);
        assertThat(outcomes).doesNotContain(DeviceOutcome.FAILED);
        if (before > 0) {
            assertThat(outcomes).containsExactlyInAnyOrder(DeviceOutcome.STORED, DeviceOutcome.UNCHANGED);
            assertThat(fixture.versionCount(id)).isEqualTo(before + 1);
        }
    }

    private Map<Long, BackupVersion> latestVersions() {
        Map<Long, BackupVersion> latest = new HashMap<>();
        ids.values().forEach(id -> latest.put(id, store.latest(id).orElseThrow()));
        return latest;
    }
}
