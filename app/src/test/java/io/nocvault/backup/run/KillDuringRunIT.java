package io.nocvault.backup.run;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.simulator.Fault;
import io.nocvault.simulator.Platforms;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import io.nocvault.test.ApiClient;
import io.nocvault.test.NocVaultProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Issue 4: NocVault killed with SIGKILL in the middle of a backup run of 500 devices, then started again on the same
 * data directory and H2 file database. The interrupted run ends {@code INTERRUPTED}, every version verifies, the
 * store holds nothing but its pack files (an unfinished write at the end of one is cut off) and a new run backs
 * every device up; a run stopped gracefully (SIGTERM) ends
 * {@code INTERRUPTED} at once. NocVault runs in a JVM of its own, driven only through its REST API; the simulated
 * devices (one NOC behind the simulator's jump host) run in this JVM.
 */
class KillDuringRunIT {

    private static final int DEVICES = 500;
    private static final int STORED_BEFORE_KILL = 50;
    /** Devices that stop half-way through their config: the first run cannot end before the kill. */
    private static final int HANGING = 2;

    private static final String ADMIN = "head_admin";
    private static final Duration START_LIMIT = Duration.ofSeconds(120);

    private final String initialPassword = secret();
    private final String adminPassword = secret();
    private final String jumpPassword = secret();
    private final Path work = Path.of("target", "kill-during-run", timestamp()).toAbsolutePath();
    private final Path dataDir = work.resolve("data");
    private final Path store = dataDir.resolve("store");
    private final Path log = work.resolve("nocvault.log");
    private final List<NocVaultProcess> started = new ArrayList<>();

    /** What the kill left behind. */
    private record Crash(long nocId, long runId, long pid, JsonNode runBeforeKill, StoreFiles store) {}

    /** What the restart made of it. */
    private record Recovery(JsonNode interruptedRun, StoreFiles store, ApiScrub scrub) {}

    @AfterEach
    void stopNocVault() throws InterruptedException {
        for (NocVaultProcess process : started) {
            process.close();
        }
    }

    @Test
    void aRunKilledMidwayLeavesAnIntactStoreAndIsMarkedInterrupted() throws Throwable {
        try (Simulator sim = simulator()) {
            Crash crash = killDuringFirstRun(sim);
            NocVaultProcess restarted = start();
            ApiClient api = new ApiClient(restarted.baseUrl());
            api.login(ADMIN, adminPassword);
            Recovery recovery = assertRecovered(api, crash);
            JsonNode next = assertNextRunBacksUpEveryDevice(api, crash.nocId(), recovery.scrub());
            printSummary(crash, recovery, next);
            assertStopDuringRunEndsItInterrupted(sim, restarted, api, crash.nocId());
        } catch (Throwable failure) {
            System.out.println("KillDuringRunIT failed; the end of " + log + ":");
            System.out.println(started.isEmpty() ? "" : started.getLast().tail(80));
            throw failure;
        }
    }

    /** Provisions the NOC and its devices, starts a run of the NOC and kills NocVault once enough are stored. */
    private Crash killDuringFirstRun(Simulator sim) throws Exception {
        NocVaultProcess nocvault = start();
        ApiClient api = new ApiClient(nocvault.baseUrl());
        api.loginChangingPassword(ADMIN, initialPassword, adminPassword);
        long nocId = createNoc(api, sim);
        importDevices(api, sim, nocId);
        List<SimulatedDevice> hanging = sim.devices().subList(0, HANGING);
        hanging.forEach(device -> device.setFault(Fault.HANG));

        long runId = trigger(api, nocId);
        JsonNode beforeKill = awaitStoredWhileRunning(api, runId);
        nocvault.kill();

        StoreFiles files = StoreFiles.scan(store);
        hanging.forEach(device -> device.setFault(Fault.NONE));
        return new Crash(nocId, runId, nocvault.pid(), beforeKill, files);
    }

    private Recovery assertRecovered(ApiClient api, Crash crash) throws Exception {
        JsonNode run = awaitEnd(api, crash.runId(), Duration.ofSeconds(60));
        assertThat(run.get("status").asString()).isEqualTo("INTERRUPTED");
        assertThat(run.path("finishedAt").isString())
                .as("end time of the interrupted run")
                .isTrue();
        assertThat(run.get("total").asInt()).isEqualTo(DEVICES);
        assertThat(done(run)).as("devices with a result").isEqualTo(DEVICES);
        assertThat(run.get("skipped").asInt()).isPositive();
        assertThat(run.get("stored").asInt()).isPositive();

        StoreFiles files = StoreFiles.scan(store);
        assertThat(crash.store().packs()).as("pack files at the kill").isNotEmpty();
        assertThat(files.other()).as("files in the store that are not packs").isEmpty();
        assertThat(files.packBytes())
                .as("pack bytes after the restart")
                .isLessThanOrEqualTo(crash.store().packBytes());

        ApiScrub scrub = ApiScrub.run(api);
        assertThat(scrub.corrupt()).as("versions that fail verification").isEmpty();
        for (JsonNode device : run.get("devices")) {
            if (device.get("outcome").asString().equals("STORED")) {
                assertThat(scrub.versionIds()).contains(device.get("versionId").asLong());
            }
        }
        return new Recovery(run, files, scrub);
    }

    /** Devices whose version survived the kill are unchanged, every other one is stored now. */
    private static JsonNode assertNextRunBacksUpEveryDevice(ApiClient api, long nocId, ApiScrub scrub)
            throws InterruptedException {
        JsonNode run = awaitEnd(api, trigger(api, nocId), Duration.ofSeconds(300));
        assertThat(run.get("status").asString()).isEqualTo("FINISHED");
        assertThat(run.get("failed").asInt()).isZero();
        assertThat(run.get("skipped").asInt()).isZero();
        assertThat(run.get("unchanged").asInt()).isEqualTo(scrub.versionIds().size());
        assertThat(run.get("stored").asInt())
                .isEqualTo(DEVICES - scrub.versionIds().size());
        return run;
    }

    /**
     * A graceful stop (SIGTERM) during a run ends the run {@code INTERRUPTED} while stopping: read from the database
     * file after the process ended, with no start in between that could have marked it.
     */
    private void assertStopDuringRunEndsItInterrupted(
            Simulator sim, NocVaultProcess nocvault, ApiClient api, long nocId) throws Exception {
        List<SimulatedDevice> hanging = sim.devices().subList(0, HANGING);
        hanging.forEach(device -> device.setFault(Fault.HANG));
        long runId = trigger(api, nocId);
        assertThat(api.get("/api/v1/backups/runs/" + runId).get("status").asString())
                .isEqualTo("RUNNING");
        long logBeforeStop = Files.size(log);
        nocvault.close();
        hanging.forEach(device -> device.setFault(Fault.NONE));

        String url = "jdbc:h2:file:" + dataDir.resolve("db/nocvault") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection db = DriverManager.getConnection(url, "nocvault", "nocvault");
                PreparedStatement status = db.prepareStatement("select status from backup_runs where id = ?")) {
            status.setLong(1, runId);
            try (ResultSet row = status.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1))
                        .as("run status after a graceful stop")
                        .isEqualTo("INTERRUPTED");
            }
        }
        byte[] written = Files.readAllBytes(log);
        String stopping = new String(written, (int) logBeforeStop, written.length - (int) logBeforeStop, UTF_8);
        assertThat(stopping).doesNotContain("Database is already closed");
    }

    private Simulator simulator() throws Exception {
        return Simulator.builder()
                .username("backup")
                .password(secret())
                .enableSecret(secret())
                .configLines(120)
                .devices(DEVICES, Platforms.keys())
                .jumpHost("jump", jumpPassword)
                .start();
    }

    /** NocVault on the test's data directory, H2 file database under it (the default), no scheduled pings. */
    private NocVaultProcess start() throws Exception {
        NocVaultProcess process = NocVaultProcess.start(
                log,
                Map.of("NOCVAULT_ADMIN_PASSWORD", initialPassword),
                List.of(
                        "--nocvault.data-dir=" + dataDir,
                        "--nocvault.inventory.ping.interval=0",
                        "--logging.level.root=warn",
                        "--logging.level.io.nocvault=info"));
        started.add(process);
        process.awaitUp(START_LIMIT);
        return process;
    }

    private long createNoc(ApiClient api, Simulator sim) {
        Map<String, Object> noc = new LinkedHashMap<>();
        noc.put("name", "Kill test NOC");
        noc.put("jumpHost", sim.host());
        noc.put("jumpPort", sim.jumpPort());
        noc.put("jumpUsername", "jump");
        noc.put("jumpPassword", jumpPassword);
        return api.post("/api/v1/nocs", noc).get("id").asLong();
    }

    private static void importDevices(ApiClient api, Simulator sim, long nocId) {
        StringBuilder csv =
                new StringBuilder("hostname,address,port,noc,device_type,username,password,enable_secret\n");
        for (SimulatedDevice d : sim.devices()) {
            String port = String.valueOf(d.port());
            String noc = String.valueOf(nocId);
            csv.append(String.join(
                            ",",
                            d.hostname(),
                            d.host(),
                            port,
                            noc,
                            d.platform(),
                            d.username(),
                            d.password(),
                            d.enableSecret()))
                    .append('\n');
        }
        JsonNode report = api.upload("/api/v1/devices/import", "file", "devices.csv", csv.toString());
        assertThat(report.get("errors")).isEmpty();
        assertThat(report.get("created").asInt()).isEqualTo(DEVICES);
    }

    private static long trigger(ApiClient api, long nocId) {
        return api.post("/api/v1/backups/trigger", Map.of("nocId", nocId))
                .get("runId")
                .asLong();
    }

    /** Polls the run until at least {@link #STORED_BEFORE_KILL} devices are stored; it must still be running. */
    private static JsonNode awaitStoredWhileRunning(ApiClient api, long runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = api.get("/api/v1/backups/runs/" + runId);
            assertThat(run.get("status").asString())
                    .as("run status before the kill")
                    .isEqualTo("RUNNING");
            if (run.get("stored").asInt() >= STORED_BEFORE_KILL) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("fewer than " + STORED_BEFORE_KILL + " devices stored within 180 s");
    }

    private static JsonNode awaitEnd(ApiClient api, long runId, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = api.get("/api/v1/backups/runs/" + runId);
            if (!run.get("status").asString().equals("RUNNING")) {
                return run;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("backup run " + runId + " did not end within " + limit);
    }

    private static void printSummary(Crash crash, Recovery recovery, JsonNode next) {
        System.out.printf(
                "KillDuringRunIT: %d devices; killed pid %d at %d stored, %d done; after the restart run %d is %s"
                        + " with %d stored; pack bytes %d at the kill, %d after the restart; scrub verified %d versions,"
                        + " %d blobs, %d corrupt; next run %d stored, %d unchanged%n",
                DEVICES,
                crash.pid(),
                crash.runBeforeKill().get("stored").asInt(),
                done(crash.runBeforeKill()),
                crash.runId(),
                recovery.interruptedRun().get("status").asString(),
                recovery.interruptedRun().get("stored").asInt(),
                crash.store().packBytes(),
                recovery.store().packBytes(),
                recovery.scrub().versionIds().size(),
                recovery.scrub().blobIds().size(),
                recovery.scrub().corrupt().size(),
                next.get("stored").asInt(),
                next.get("unchanged").asInt());
    }

    private static int done(JsonNode run) {
        return run.get("stored").asInt()
                + run.get("unchanged").asInt()
                + run.get("failed").asInt()
                + run.get("skipped").asInt();
    }

    private static String secret() {
        return "Kt-" + UUID.randomUUID() + "-9a";
    }

    private static String timestamp() {
        return LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    }
}
