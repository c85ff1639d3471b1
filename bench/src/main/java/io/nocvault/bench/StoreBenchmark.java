package io.nocvault.bench;

import io.nocvault.backup.StoreQuota;
import io.nocvault.backup.VersionStore;
import io.nocvault.backup.store.BlobStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backup store's benchmark: (1) bytes of 365 daily versions of a 2,000-line config with ~1% churn in NocVault's
 * store (compressed against the previous version, encrypted) against plain files, git-style loose zlib objects and
 * a real git repository after {@code git gc --aggressive}; (2) write and read throughput of 10,000 versions through
 * {@link VersionStore} (record with change detection, devices recorded concurrently as backup runs do; verified
 * reads one at a time), with per-read latency percentiles.
 */
public final class StoreBenchmark {

    private StoreBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int days = Integer.parseInt(options.getOrDefault("days", "365"));
        int lines = Integer.parseInt(options.getOrDefault("lines", "2000"));
        double churn = Double.parseDouble(options.getOrDefault("churn", "0.01"));
        int versions = Integer.parseInt(options.getOrDefault("versions", "10000"));
        int devices = Integer.parseInt(options.getOrDefault("devices", "100"));
        int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
        Path work = Files.createTempDirectory("nocvault-store-bench");
        // system properties outrank application.yaml, so the store and database land in the temporary directory
        System.setProperty("nocvault.data-dir", work.resolve("data").toString());
        try (ConfigurableApplicationContext app = CaptureBenchmark.boot(work.resolve("data"))) {
            long noc = createNoc(app.getBean(JdbcClient.class));
            VersionStore store = app.getBean(VersionStore.class);
            BlobStore blobs = app.getBean(BlobStore.class);
            sizes(store, blobs, noc, days, lines, churn, work);
            throughput(store, app.getBean(StoreQuota.class), noc, versions, devices, concurrency);
        }
    }

    private static void sizes(
            VersionStore store, BlobStore blobs, long noc, int days, int lines, double churn, Path work)
            throws Exception {
        ConfigHistory history = new ConfigHistory(42, lines, churn);
        List<String> raw = new ArrayList<>(days);
        long before = blobs.usedBytes();
        Instant day0 = Instant.parse("2024-01-01T02:00:00Z");
        for (int day = 0; day < days; day++) {
            String config = history.next(day);
            raw.add(config);
            store.record(1, noc, config, ConfigHistory.normalized(config), null, day0.plus(day, ChronoUnit.DAYS));
        }
        long nocvault = blobs.usedBytes() - before;
        long plain = ZlibBaseline.plainBytes(raw);
        long loose = ZlibBaseline.looseObjectBytes(raw);
        long git = ZlibBaseline.gitPackBytes(raw, work);
        System.out.println();
        System.out.printf(
                "Storage: %d daily versions of a %d-line config, %.1f%% of the lines changing a day (raw + normalized"
                        + " text stored, both encrypted)%n",
                days, lines, churn * 100);
        System.out.printf("plain files                      %s%n", size(plain, nocvault));
        System.out.printf("git-like loose zlib objects      %s%n", size(loose, nocvault));
        if (git >= 0) {
            System.out.printf("git repo after gc --aggressive   %s%n", size(git, nocvault));
        }
        System.out.printf("NocVault store (encrypted)       %s%n", human(nocvault));
    }

    private static void throughput(
            VersionStore store, StoreQuota quota, long noc, int versions, int devices, int concurrency)
            throws Exception {
        long[] ids = new long[versions];
        AtomicLong rawBytes = new AtomicLong();
        Instant start = Instant.parse("2025-01-01T02:00:00Z");
        long t0 = System.nanoTime();
        try (ExecutorService pool = Executors.newFixedThreadPool(concurrency)) {
            List<Future<?>> work = new ArrayList<>();
            for (int d = 0; d < devices; d++) {
                int device = d;
                work.add(pool.submit(() -> {
                    ConfigHistory history = new ConfigHistory(1000 + device, 300, 0.01);
                    for (int i = device, day = 0; i < versions; i += devices, day++) {
                        String config = history.next(day);
                        rawBytes.addAndGet(config.getBytes(StandardCharsets.UTF_8).length);
                        ids[i] = store.record(
                                        10 + device,
                                        noc,
                                        config,
                                        ConfigHistory.normalized(config),
                                        null,
                                        start.plus(day, ChronoUnit.DAYS))
                                .version()
                                .id();
                    }
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        }
        double writeSeconds = (System.nanoTime() - t0) / 1e9;
        long[] readMicros = new long[versions];
        long t1 = System.nanoTime();
        for (int i = 0; i < versions; i++) {
            long s = System.nanoTime();
            store.read(ids[i]);
            readMicros[i] = (System.nanoTime() - s) / 1000;
        }
        double readSeconds = (System.nanoTime() - t1) / 1e9;
        long[] sorted = ProcessFigures.sorted(readMicros);
        System.out.println();
        System.out.printf(
                "Throughput: %d versions of %d devices (300-line configs, one change a day each)%n", versions, devices);
        System.out.printf(
                "write (record)   %.0f versions/s, %.1f MB/s of raw config, %d devices at once (every blob"
                        + " flushed to disk before it counts)%n",
                versions / writeSeconds, rawBytes.get() / writeSeconds / 1e6, concurrency);
        System.out.printf(
                "read (verified)  %.0f versions/s, one at a time; per read p50 %.2f ms, p99 %.2f ms, max %.2f ms"
                        + " (target <= 20 ms)%n",
                versions / readSeconds,
                ProcessFigures.percentile(sorted, 50) / 1000.0,
                ProcessFigures.percentile(sorted, 99) / 1000.0,
                sorted[sorted.length - 1] / 1000.0);
        System.out.printf(
                "store            %s for %d versions%n",
                human(quota.usage().usedBytes()), quota.usage().versions());
        System.out.printf("peak RSS         %d MiB%n", ProcessFigures.peakRssMib());
    }

    static long createNoc(JdbcClient jdbc) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql(
                        "insert into nocs (name, name_key, jump_port, created_at, updated_at) values ('Bench', 'bench', 22, :n, :n)")
                .param("n", now)
                .update();
        return jdbc.sql("select id from nocs where name_key = 'bench'")
                .query(Long.class)
                .single();
    }

    private static String size(long bytes, long nocvault) {
        return String.format(
                Locale.ROOT, "%-12s (NocVault's store is %.1f%% of it)", human(bytes), nocvault * 100.0 / bytes);
    }

    private static String human(long bytes) {
        return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("arguments are --name=value, got " + arg);
            }
            map.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return map;
    }
}
