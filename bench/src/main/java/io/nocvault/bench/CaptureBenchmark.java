package io.nocvault.bench;

import io.nocvault.NocVaultApplication;
import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.transport.DeviceAccess;
import io.nocvault.transport.DeviceCli;
import io.nocvault.transport.JumpTunnel;
import io.nocvault.transport.SshConnector;
import io.nocvault.transport.SshCredentials;
import io.nocvault.transport.SshEndpoint;
import io.nocvault.transport.StepListener;
import io.nocvault.transport.TransportTimeouts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
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
            Run run = new Run(app, settings);
            run.capture(sim.devices().subList(0, Math.min(50, sim.devices().size())), "warm-up-");
            Duration cpuBefore = ProcessFigures.cpuTime();
            long start = System.nanoTime();
            Result result = run.capture(sim.devices(), "");
            Duration wall = Duration.ofNanos(System.nanoTime() - start);
            Duration cpu = ProcessFigures.cpuTime().minus(cpuBefore);
            report(settings, result, wall, cpu);
        }
    }

    static ConfigurableApplicationContext boot(Path dataDir) {
        return new SpringApplicationBuilder(NocVaultApplication.class)
                .bannerMode(Banner.Mode.OFF)
                .properties(Map.of(
                        "nocvault.data-dir", dataDir.toString(),
                        "spring.datasource.url", "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
                        "nocvault.admin.initial-password", "Bench-Admin-Pass-1",
                        "server.port", "0",
                        "logging.level.root", "warn",
                        "logging.level.org.apache.sshd", "error"))
                .run();
    }

    record Result(int ok, Map<String, Integer> failures, long[] millis) {}

    /** One capture pass over a list of devices, even-numbered devices through the jump session. */
    private static final class Run {
        private final DeviceCli cli;
        private final SshConnector connector;
        private final DriverCatalog drivers;
        private final BenchSettings settings;

        Run(ConfigurableApplicationContext app, BenchSettings settings) {
            this.cli = app.getBean(DeviceCli.class);
            this.connector = app.getBean(SshConnector.class);
            this.drivers = app.getBean(DriverCatalog.class);
            this.settings = settings;
        }

        Result capture(List<SimulatorProcess.Device> devices, String pinPrefix) throws Exception {
            long[] millis = new long[devices.size()];
            AtomicInteger ok = new AtomicInteger();
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            Semaphore slots = new Semaphore(settings.concurrency());
            try (JumpTunnel jump = openJump(pinPrefix);
                    var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < devices.size(); i++) {
                    int index = i;
                    DeviceAccess access = access(devices.get(i), pinPrefix + i);
                    executor.submit(() -> {
                        slots.acquireUninterruptibly();
                        long start = System.nanoTime();
                        try {
                            cli.capture(access, index % 2 == 0 ? jump : null, StepListener.NONE);
                            ok.incrementAndGet();
                        } catch (CaptureException e) {
                            failures.merge(e.kind().name(), 1, Integer::sum);
                        } finally {
                            millis[index] = (System.nanoTime() - start) / 1_000_000;
                            slots.release();
                        }
                    });
                }
            }
            return new Result(ok.get(), failures, millis);
        }

        private JumpTunnel openJump(String pinPrefix) {
            SshEndpoint endpoint = new SshEndpoint(
                    "127.0.0.1",
                    settings.jumpPort(),
                    SshCredentials.password("jump", settings.password()),
                    "jump:" + pinPrefix + "bench",
                    null,
                    "bench jump host");
            return connector.openJump(endpoint, TransportTimeouts.DEFAULT, StepListener.NONE);
        }

        private DeviceAccess access(SimulatorProcess.Device device, String id) {
            SshEndpoint endpoint = new SshEndpoint(
                    device.host(),
                    device.port(),
                    SshCredentials.password(settings.username(), settings.password()),
                    "device:bench-" + id,
                    null,
                    device.hostname());
            DeviceLogin login = new DeviceLogin(settings.username(), settings.password(), settings.enableSecret());
            return new DeviceAccess(endpoint, drivers.get(device.platform()), login, TransportTimeouts.DEFAULT, null);
        }
    }

    private static void report(BenchSettings s, Result result, Duration wall, Duration cpu) {
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
