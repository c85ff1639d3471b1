package io.nocvault.bench;

import io.nocvault.NocVaultApplication;
import io.nocvault.backup.BackupRuns;
import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunStatus;
import io.nocvault.backup.RunTarget;
import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.inventory.NewDevice;
import io.nocvault.noc.internal.NocCommand;
import io.nocvault.noc.internal.NocService;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 4's run benchmark: a full backup run (BackupRuns, the whole pipeline: capture through the NOC's jump server,
 * normalize, store encrypted, inventory status, events, retention) of every device of a standalone simulator in
 * one NOC behind its simulated jump server. Prints devices/s, p50/p99 per device, CPU seconds and peak RSS of this
 * (NocVault's) process, for the first run (every device stored) and a second one (every device unchanged).
 */
public final class RunBenchmark {

    private RunBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.parse(args);
        Path simulatorJar = Path.of(System.getProperty("simulator.jar", "simulator/target/nocvault-simulator.jar"));
        Path dataDir = Files.createTempDirectory("nocvault-run-bench");
        int warmUpDevices = warmUpDevices(args, settings.devices());
        BenchSettings withWarmUp = settings.withDevices(settings.devices() + warmUpDevices);
        System.out.printf(
                "Starting the simulator with %d devices (%d for the warm-up)...%n",
                withWarmUp.devices(), warmUpDevices);
        try (SimulatorProcess sim = SimulatorProcess.start(simulatorJar, withWarmUp);
                ConfigurableApplicationContext app = boot(dataDir, settings.concurrency())) {
            List<SimulatorProcess.Device> measured = sim.devices().subList(0, settings.devices());
            List<SimulatorProcess.Device> warmUp = sim.devices().subList(settings.devices(), withWarmUp.devices());
            BackupRuns runs = app.getBean(BackupRuns.class);
            // a server runs many runs: the JIT compiles the whole pipeline (capture and store) on another NOC first;
            // with fewer warm-up devices the first measured run still pays for much of the compiling
            if (!warmUp.isEmpty()) {
                RunReport warm = await(
                        runs, runs.start(RunTarget.noc(setUp(app, "Warm-up NOC", warmUp, settings)), Origin.system()));
                System.out.printf("warm-up            %d devices stored in another NOC, not counted%n", warm.stored());
            }
            long nocId = setUp(app, "Bench NOC", measured, settings);
            for (String pass : List.of("first run (every device stored)", "second run (every device unchanged)")) {
                Duration cpuBefore = ProcessFigures.cpuTime();
                Duration systemBefore = ProcessFigures.systemCpuTime();
                long jitBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
                long start = System.nanoTime();
                RunReport run = await(runs, runs.start(RunTarget.noc(nocId), Origin.system()));
                Duration wall = Duration.ofNanos(System.nanoTime() - start);
                report(
                        pass,
                        settings,
                        run,
                        wall,
                        ProcessFigures.cpuTime().minus(cpuBefore),
                        ProcessFigures.systemCpuTime().minus(systemBefore),
                        Duration.ofMillis(
                                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jitBefore));
            }
            long storeBytes = app.getBean(JdbcClient.class)
                    .sql("select coalesce(sum(stored_size), 0) from backup_blobs")
                    .query(Long.class)
                    .single();
            System.out.printf("store              %.1f MiB of encrypted blobs%n", storeBytes / 1048576.0);
        }
    }

    /** {@code --warm-up=N}: devices of another NOC backed up once before the measured runs (default: as many). */
    private static int warmUpDevices(String[] args, int devices) {
        for (String arg : args) {
            if (arg.startsWith("--warm-up=")) {
                return Integer.parseInt(arg.substring("--warm-up=".length()));
            }
        }
        return devices;
    }

    static ConfigurableApplicationContext boot(Path dataDir, int concurrency) {
        return new SpringApplicationBuilder(NocVaultApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .run(
                        "--nocvault.data-dir=" + dataDir,
                        "--spring.datasource.url=jdbc:h2:mem:runbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "--nocvault.admin.initial-password=Bench-Admin-Pass-1",
                        "--nocvault.backup.run.concurrency=" + concurrency,
                        "--nocvault.backup.run.per-noc=" + concurrency,
                        "--server.port=0",
                        "--logging.level.root=warn",
                        "--logging.level.org.apache.sshd=error");
    }

    /** One NOC whose jump server is the simulator's jump host, and every simulated device in it. */
    private static long setUp(
            ConfigurableApplicationContext app, String name, List<SimulatorProcess.Device> devices, BenchSettings s) {
        AuthenticatedUser head = new AuthenticatedUser(1, "head_admin", Role.HEAD_ADMIN);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new UsernamePasswordAuthenticationToken(
                head, null, List.of(new SimpleGrantedAuthority(head.role().authority()))));
        SecurityContextHolder.setContext(context);
        long nocId;
        try {
            nocId = app.getBean(NocService.class)
                    .create(new NocCommand(
                            name,
                            null,
                            null,
                            null,
                            null,
                            null,
                            "127.0.0.1",
                            s.jumpPort(),
                            "jump",
                            s.password(),
                            null,
                            false,
                            false))
                    .id();
        } finally {
            SecurityContextHolder.clearContext();
        }
        DeviceProvisioning provisioning = app.getBean(DeviceProvisioning.class);
        for (SimulatorProcess.Device d : devices) {
            provisioning.create(
                    new NewDevice(
                            d.hostname(),
                            d.host(),
                            d.port(),
                            nocId,
                            d.platform(),
                            s.username(),
                            s.password(),
                            s.enableSecret(),
                            Set.of(),
                            null,
                            true),
                    Origin.system());
        }
        return nocId;
    }

    private static RunReport await(BackupRuns runs, long runId) throws InterruptedException {
        while (true) {
            RunReport run = runs.find(runId).orElseThrow();
            if (run.status() != RunStatus.RUNNING) {
                return run;
            }
            Thread.sleep(100);
        }
    }

    private static void report(
            String pass, BenchSettings s, RunReport run, Duration wall, Duration cpu, Duration kernel, Duration jit) {
        long[] sorted = ProcessFigures.sorted(run.devices().stream()
                .filter(d -> d.durationMillis() != null)
                .mapToLong(RunReport.DeviceResult::durationMillis)
                .toArray());
        Map<String, Integer> failures = new TreeMap<>();
        run.devices().stream()
                .filter(d -> d.failureKind() != null)
                .forEach(d -> failures.merge(d.failureKind(), 1, Integer::sum));
        double perSecond = run.total() / (wall.toMillis() / 1000.0);
        long rss = ProcessFigures.peakRssMib();
        System.out.println();
        System.out.println("NocVault backup run benchmark: " + pass);
        System.out.printf(
                "devices            %d in one NOC behind its jump server, concurrency %d, ~%d config lines%n",
                run.total(), s.concurrency(), s.configLines());
        System.out.printf(
                "outcome            %d stored, %d unchanged, %d failed %s, %d skipped; run %s%n",
                run.stored(), run.unchanged(), run.failed(), failures, run.skipped(), run.status());
        System.out.printf("wall time          %.2f s%n", wall.toMillis() / 1000.0);
        System.out.printf("throughput         %.1f devices/s   (target >= 100)%n", perSecond);
        if (sorted.length > 0) {
            System.out.printf(
                    "per device         p50 %d ms, p99 %d ms, max %d ms (capture + store, waiting for a slot excluded)%n",
                    ProcessFigures.percentile(sorted, 50),
                    ProcessFigures.percentile(sorted, 99),
                    sorted[sorted.length - 1]);
        }
        System.out.printf(
                "CPU (this process) %.1f s, of which %.1f s in the kernel (sockets, files, fsync)%n",
                cpu.toMillis() / 1000.0, kernel.toMillis() / 1000.0);
        System.out.printf("JIT compiling      %.1f s (the compiler threads' busy time)%n", jit.toMillis() / 1000.0);
        System.out.printf("peak RSS           %d MiB   (target <= 512; the whole NocVault application)%n", rss);
        boolean ok = perSecond >= 100 && rss <= 512 && run.failed() == 0 && run.status() == RunStatus.FINISHED;
        System.out.println("result             " + (ok ? "PASS" : "FAIL"));
    }
}
