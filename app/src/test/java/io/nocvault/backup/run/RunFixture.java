package io.nocvault.backup.run;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.BackupRuns;
import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunStatus;
import io.nocvault.common.Origin;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.inventory.NewDevice;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.test.TestNocs;
import java.time.Duration;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Test data for backup runs: NOCs, inventory devices for simulated ones, and waiting for runs to end. */
final class RunFixture {

    final DeviceProvisioning provisioning;
    final BackupRuns runs;
    final JdbcClient jdbc;
    final TestNocs nocs;
    private final ApplicationContext context;

    RunFixture(ApplicationContext context) {
        this.context = context;
        this.provisioning = context.getBean(DeviceProvisioning.class);
        this.runs = context.getBean(BackupRuns.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.nocs = new TestNocs(jdbc);
    }

    ApplicationContext context() {
        return context;
    }

    /** An inventory device for the simulated one (the system creates it, so no scope applies). */
    long device(long nocId, SimulatedDevice sim) {
        return provisioning
                .create(
                        new NewDevice(
                                sim.hostname(),
                                sim.host(),
                                sim.port(),
                                nocId,
                                sim.platform(),
                                sim.username(),
                                sim.password(),
                                sim.enableSecret(),
                                Set.of("test"),
                                "simulated",
                                true),
                        Origin.system())
                .id();
    }

    /** Sets the device's own login and command timeouts (for faults that hang). */
    void timeouts(long deviceId, Duration login, Duration command) {
        jdbc.sql("update devices set login_timeout_ms = :login, command_timeout_ms = :command where id = :id")
                .param("login", login.toMillis())
                .param("command", command.toMillis())
                .param("id", deviceId)
                .update();
    }

    /** Waits for the run to end (as the system, which sees everything) and answers it. */
    RunReport await(long runId, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            RunReport run = runs.find(runId).orElseThrow();
            if (run.status() != RunStatus.RUNNING) {
                return run;
            }
            sleep(50);
        }
        throw new AssertionError("backup run " + runId + " did not end within " + limit + ": "
                + runs.find(runId).orElseThrow());
    }

    RunReport.DeviceResult result(RunReport run, long deviceId) {
        return run.devices().stream()
                .filter(d -> d.deviceId() == deviceId)
                .findFirst()
                .orElseThrow(() -> new AssertionError("device " + deviceId + " not in run " + run.id()));
    }

    long versionCount(long deviceId) {
        return jdbc.sql("select count(*) from backup_versions where device_id = :d")
                .param("d", deviceId)
                .query(Long.class)
                .single();
    }

    static void assertEnded(RunReport run, RunStatus status) {
        assertThat(run.status()).as("status of %s", run).isEqualTo(status);
        assertThat(run.finishedAt()).isNotNull();
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
