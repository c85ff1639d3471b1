package io.nocvault.bench;

import io.nocvault.NocVaultApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 3's benchmark: connection, login and capture of every device of a standalone simulator through
 * NocVault's own transport and drivers, half of them through one jump session. Prints devices/s, p50/p99 per
 * device, CPU seconds and peak RSS of this (NocVault's) process.
 */
public final class CaptureBenchmark {

    private CaptureBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.parse(args);
        Path simulatorJar = Path.of(System.getProperty("simulator.jar", "simulator/target/nocvault-simulator.jar"));
        Path dataDir = Files.createTempDirectory("nocvault-bench");
        System.out.printf("Starting the simulator with %d devices...%n", settings.devices());
        try (SimulatorProcess sim = SimulatorProcess.start(simulatorJar, settings);
                ConfigurableApplicationContext app = boot(dataDir)) {
            CapturePass run = new CapturePass(app, settings, true);
            run.capture(sim.devices().subList(0, Math.min(50, sim.devices().size())), "warm-up-");
            Duration cpuBefore = ProcessFigures.cpuTime();
            long start = System.nanoTime();
            CapturePass.Result result = run.capture(sim.devices(), "");
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            Duration cpu = ProcessFigures.cpuTime().minus(cpuBefore);
            report(settings, result, wall, cpu);
        }
    }

    /**
     * Boots NocVault on an in-memory H2 database and the given data directory. The settings are passed as
     * command-line arguments: they must win over application.yaml (default properties would not).
     */
    static ConfigurableApplicationContext boot(Path dataDir) {
        return boot(dataDir, "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;QUERY_CACHE_SIZE=128");
    }

    /** Boots NocVault on the given database and data directory. */
    static ConfigurableApplicationContext boot(Path dataDir, String jdbcUrl) {
        return new SpringApplicationBuilder(NocVaultApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .run(
                        "--nocvault.data-dir=" + dataDir,
                        "--spring.datasource.url=" + jdbcUrl,
                        "--nocvault.admin.initial-password=Bench-Admin-Pass-1",
                        "--server.port=0",
                        "--logging.level.root=warn",
                        "--logging.level.org.apache.sshd=error");
    }

    private static void report(BenchSettings s, CapturePass.Result result, Duration wall, Duration cpu) {
        long[] sorted = ProcessFigures.sorted(result.millis());
        double perSecond = s.devices() / (wall.toMillis() / 1000.0);
        long rss = ProcessFigures.peakRssMib();
        System.out.println();
        System.out.println("NocVault capture benchmark (connect + login + capture, NocVault's transport and drivers)");
        System.out.printf(
                "devices            %d (%d through one jump session, %d direct), concurrency %d, ~%d config lines%n",
                s.devices(), (s.devices() + 1) / 2, s.devices() / 2, s.concurrency(), s.configLines());
        System.out.printf(
                "captured           %d ok, %d failed %s%n", result.ok(), s.devices() - result.ok(), result.failures());
        System.out.printf("wall time          %.2f s%n", wall.toMillis() / 1000.0);
        System.out.printf("throughput         %.1f devices/s   (target >= 100)%n", perSecond);
        System.out.printf(
                "per device         p50 %d ms, p99 %d ms, max %d ms%n",
                ProcessFigures.percentile(sorted, 50),
                ProcessFigures.percentile(sorted, 99),
                sorted[sorted.length - 1]);
        System.out.printf("CPU (this process) %.1f s%n", cpu.toMillis() / 1000.0);
        System.out.printf(
                "peak RSS           %d MiB   (target <= 512; includes the whole NocVault application context)%n", rss);
        boolean pass = perSecond >= 100 && rss <= 512 && result.ok() == s.devices();
        System.out.println("result             " + (pass ? "PASS" : "FAIL"));
    }
}
