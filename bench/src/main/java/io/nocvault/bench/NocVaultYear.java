package io.nocvault.bench;

import io.nocvault.backup.StoreOutcome;
import io.nocvault.backup.VersionStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fleet's year recorded through NocVault's {@link VersionStore}, day by day as daily backup runs would: every
 * device every day, {@code concurrency} devices at once; an unchanged config is confirmed, a changed one stored as a
 * new version (raw and normalized text, each compressed against the previous version and encrypted). Also sums what
 * the seeds' script would write: one plain file per device per day.
 */
final class NocVaultYear {

    /**
     * @param mismatches days on which the store's answer (new version or unchanged) differed from the history's
     * @param standaloneBytes stored bytes of the blobs compressed without dictionary (first versions, chain restarts)
     * @param normalizedOnlyBytes stored bytes of the blobs that are only some version's normalized text
     * @param blobBytes stored bytes of all blobs (without the pack records' headers)
     * @param dbBytes H2's estimate of the pages of the store's three tables and their indexes, -1 when unknown
     */
    record Figures(
            long versions,
            long mismatches,
            long blobRows,
            int maxChainDepth,
            long standaloneBytes,
            long normalizedOnlyBytes,
            long blobBytes,
            DiskUsage store,
            long dbBytes,
            long plainFiles,
            long plainBytes,
            long plainBlockBytes,
            Duration wall,
            Duration cpu) {}

    private static final long BLOCK = 4096;

    private NocVaultYear() {}

    static Figures record(FleetHistory history, int days, int concurrency, Path dataDir) throws Exception {
        // an H2 file database as NocVault uses by default, so that the store's tables have a size on disk
        String url = "jdbc:h2:file:" + dataDir.resolve("db/nocvault") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (ConfigurableApplicationContext app = CaptureBenchmark.boot(dataDir, url)) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            long noc = StoreBenchmark.createNoc(jdbc);
            VersionStore store = app.getBean(VersionStore.class);
            List<FleetDevice> fleet = history.fleet();
            Recording recording = new Recording(store, noc, fleet);
            Duration cpu = ProcessFigures.cpuTime();
            long start = System.nanoTime();
            try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
                for (int day = 0; day < days; day++) {
                    int today = day;
                    List<Future<?>> run = new ArrayList<>(fleet.size());
                    for (int d = 0; d < fleet.size(); d++) {
                        int index = d;
                        run.add(pool.submit(() -> recording.device(index, today)));
                    }
                    for (Future<?> done : run) {
                        done.get();
                    }
                    if ((day + 1) % 30 == 0) {
                        System.err.printf(
                                "  NocVault: day %d recorded, %.0f s, load %s%n",
                                day + 1, (System.nanoTime() - start) / 1e9, ProcessFigures.loadAverage());
                    }
                }
            }
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            cpu = ProcessFigures.cpuTime().minus(cpu);
            return new Figures(
                    count(jdbc, "select count(*) from backup_versions"),
                    recording.mismatches.get(),
                    count(jdbc, "select count(*) from backup_blobs"),
                    (int) count(jdbc, "select coalesce(max(chain_depth), 0) from backup_blobs"),
                    count(
                            jdbc,
                            "select coalesce(sum(stored_size), 0) from backup_blobs where dictionary_blob_id is null"),
                    count(
                            jdbc,
                            "select coalesce(sum(stored_size), 0) from backup_blobs b"
                                    + " where not exists (select 1 from backup_versions v where v.blob_id = b.id)"),
                    count(jdbc, "select coalesce(sum(stored_size), 0) from backup_blobs"),
                    DiskUsage.of(dataDir.resolve("store")),
                    tableBytes(jdbc),
                    (long) fleet.size() * days,
                    recording.plainBytes.get(),
                    recording.plainBlocks.get(),
                    wall,
                    cpu);
        }
    }

    /** One device's day: recorded, checked against the history, and counted as a plain file. */
    private static final class Recording {

        private final VersionStore store;
        private final long noc;
        private final List<FleetDevice> fleet;
        private final String[] previous;
        private final AtomicLong mismatches = new AtomicLong();
        private final AtomicLong plainBytes = new AtomicLong();
        private final AtomicLong plainBlocks = new AtomicLong();

        Recording(VersionStore store, long noc, List<FleetDevice> fleet) {
            this.store = store;
            this.noc = noc;
            this.fleet = fleet;
            this.previous = new String[fleet.size()];
        }

        void device(int index, int today) {
            FleetDevice device = fleet.get(index);
            device.advance(today);
            String raw = device.raw(today);
            String normalized = device.normalized();
            StoreOutcome outcome = store.record(index + 1, noc, raw, normalized, null, device.readInstant(today));
            if (outcome.isNew() == normalized.equals(previous[index])) {
                mismatches.incrementAndGet();
            }
            previous[index] = normalized;
            long size = raw.getBytes(StandardCharsets.UTF_8).length;
            plainBytes.addAndGet(size);
            plainBlocks.addAndGet((size + BLOCK - 1) / BLOCK * BLOCK);
        }
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    /** H2's {@code disk_space_used} of the store's tables (rows and indexes); -1 on another database. */
    private static long tableBytes(JdbcClient jdbc) {
        try {
            long total = 0;
            for (String table : List.of("backup_versions", "backup_blobs", "backup_devices")) {
                total += jdbc.sql("select disk_space_used(:t)")
                        .param("t", table)
                        .query(Long.class)
                        .single();
            }
            return total;
        } catch (RuntimeException notH2) {
            return -1;
        }
    }
}
