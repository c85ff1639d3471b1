package io.nocvault.bench;

import io.nocvault.NocVaultApplication;
import io.nocvault.backup.BackupRunFinished;
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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
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
        int warmUpDevices = intOption(args, "--warm-up=", settings.devices());
        BenchSettings withWarmUp = settings.withDevices(settings.devices() + warmUpDevices);
        System.out.printf(
                "Starting the simulator with %d devices (%d for the warm-up)...%n",
                withWarmUp.devices(), warmUpDevices);
        try (SimulatorProcess sim = SimulatorProcess.start(simulatorJar, withWarmUp);
                ConfigurableApplicationContext app = boot(dataDir, settings.concurrency())) {
            List<SimulatorProcess.Device> measured = sim.devices().subList(0, settings.devices());
            List<SimulatorProcess.Device> warmUp = sim.devices().subList(settings.devices(), withWarmUp.devices());
            BackupRuns runs = app.getBean(BackupRuns.class);
            RunEnds ends = new RunEnds();
            app.addApplicationListener(ends);
            // a server runs many runs: the JIT compiles the whole pipeline on another NOC first, the first warm-up run
            // storing every device, the others finding them unchanged. A method called once per device reaches the
            // optimising compiler only after thousands of calls: after one warm-up run the first measured run still
            // spends ~30% of NocVault's CPU compiling.
            if (!warmUp.isEmpty()) {
                long warmUpNoc = setUp(app, "Warm-up NOC", warmUp, settings);
                int warmUpRuns = intOption(args, "--warm-up-runs=", 4);
                for (int i = 0; i < warmUpRuns; i++) {
                    RunReport warm = await(runs, ends, runs.start(RunTarget.noc(warmUpNoc), Origin.system()));
                    System.out.printf(
                            "warm-up run %d      %d devices in another NOC, %d stored, not counted%n",
                            i + 1, warm.total(), warm.stored());
                }
            }
            long nocId = setUp(app, "Bench NOC", measured, settings);
            for (String pass : List.of("first run (every device stored)", "second run (every device unchanged)")) {
                System.out.printf(
                        "idle before run    %.1f s, until both JITs were idle%n",
                        ProcessFigures.awaitIdleCompilers(sim));
                CpuUse before = CpuUse.now(sim);
                long start = System.nanoTime();
                RunReport run = await(runs, ends, runs.start(RunTarget.noc(nocId), Origin.system()));
                Duration wall = Duration.ofNanos(System.nanoTime() - start);
                report(pass, settings, run, wall, CpuUse.now(sim).minus(before));
            }
            long storeBytes = app.getBean(JdbcClient.class)
                    .sql("select coalesce(sum(stored_size), 0) from backup_blobs")
                    .query(Long.class)
                    .single();
            System.out.printf("store              %.1f MiB of encrypted blobs%n", storeBytes / 1048576.0);
        }
    }

    /**
     * An integer option such as {@code --warm-up=N} (devices of another NOC backed up before the measured runs, by
     * default as many) or {@code --warm-up-runs=N} (how many runs over them, by default four).
     */
    private static int intOption(String[] args, String prefix, int otherwise) {
        for (String arg : args) {
            if (arg.startsWith(prefix)) {
                return Integer.parseInt(arg.substring(prefix.length()));
            }
        }
        return otherwise;
    }

    static ConfigurableApplicationContext boot(Path dataDir, int concurrency) {
        return new SpringApplicationBuilder(NocVaultApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .run(
                        "--nocvault.data-dir=" + dataDir,
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

    /**
     * Waits for the run's {@link BackupRunFinished} event, then reads the run once. Reading the whole report (1,000
     * device results) ten times a second took 1.5% of the process's CPU from the run it measures.
     */
    private static RunReport await(BackupRuns runs, RunEnds ends, long runId) throws InterruptedException {
        while (true) {
            // the event comes inside the transaction that ends the run: once it is here, the commit is a moment away
            if (ends.await(runId, Duration.ofSeconds(1))) {
                Thread.sleep(5);
            }
            RunReport run = runs.find(runId).orElseThrow();
            if (run.status() != RunStatus.RUNNING) {
                return run;
            }
        }
    }

    /** The ids of the runs that ended, as their events say. */
    private static final class RunEnds implements ApplicationListener<PayloadApplicationEvent<?>> {

        private final Set<Long> ended = new HashSet<>();

        @Override
        public synchronized void onApplicationEvent(PayloadApplicationEvent<?> event) {
            if (event.getPayload() instanceof BackupRunFinished finished) {
                ended.add(finished.runId());
                notifyAll();
            }
        }

        /** Waits until the run has ended or the time is up; answers whether it has ended. */
        synchronized boolean await(long runId, Duration atMost) throws InterruptedException {
            long deadline = System.nanoTime() + atMost.toNanos();
            long left;
            while (!ended.contains(runId) && (left = deadline - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
            return ended.contains(runId);
        }
    }

    /** CPU time so far: this process (all, kernel, JIT compiler threads) and the simulator (all, JIT). */
    private record CpuUse(Duration cpu, Duration kernel, Duration jit, Duration simulator, Duration simulatorJit) {

        static CpuUse now(SimulatorProcess sim) {
            return new CpuUse(
                    ProcessFigures.cpuTime(),
                    ProcessFigures.systemCpuTime(),
                    ProcessFigures.compilerCpuTime(ProcessHandle.current().pid()),
                    sim.cpuTime(),
                    sim.compilerCpuTime());
        }

        CpuUse minus(CpuUse o) {
            return new CpuUse(
                    cpu.minus(o.cpu),
                    kernel.minus(o.kernel),
                    jit.minus(o.jit),
                    simulator.minus(o.simulator),
                    simulatorJit.minus(o.simulatorJit));
        }
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    private static void report(String pass, BenchSettings s, RunReport run, Duration wall, CpuUse used) {
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
        run.devices().stream()
                .filter(d -> d.error() != null)
                .collect(Collectors.groupingBy(RunReport.DeviceResult::error, TreeMap::new, Collectors.counting()))
                .forEach((error, count) -> System.out.printf("  failed            %d x %s%n", count, error));
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
                "CPU (this process) %.1f s, of which %.1f s in the kernel (sockets, files, fsync) and %.1f s JIT"
                        + " compiling (%.1f ms per device without it)%n",
                seconds(used.cpu()),
                seconds(used.kernel()),
                seconds(used.jit()),
                used.cpu().minus(used.jit()).toMillis() / (double) Math.max(1, run.total()));
        System.out.printf(
                "CPU (simulator)    %.1f s, of which %.1f s JIT compiling (the devices' and jump server's side)%n",
                seconds(used.simulator()), seconds(used.simulatorJit()));
        System.out.printf("peak RSS           %d MiB   (target <= 512; the whole NocVault application)%n", rss);
        boolean ok = perSecond >= 100 && rss <= 512 && run.failed() == 0 && run.status() == RunStatus.FINISHED;
        System.out.println("result             " + (ok ? "PASS" : "FAIL"));
    }
}
