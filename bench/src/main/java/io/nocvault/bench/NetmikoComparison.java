package io.nocvault.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 4's second benchmark: the same simulated Cisco IOS devices backed up with the same concurrency by NocVault's
 * transport and drivers and by the seeds' approach, a Python script using Netmiko ({@code bench/netmiko_backup.py}).
 * Prints both wall times, devices/s, p50/p99 and the ratio. Both connect directly (the seeds' script runs on the jump
 * server itself).
 */
public final class NetmikoComparison {

    private static final Pattern FIELD = Pattern.compile("\"(ok|failed|wall)\": ([0-9.]+)");
    private static final Pattern MILLIS = Pattern.compile("\"millis\": \\[([0-9, ]*)]");

    private NetmikoComparison() {}

    public static void main(String[] args) throws Exception {
        BenchSettings settings = BenchSettings.parse(withDefault(args, "--base-port=32000"));
        Path simulatorJar = Path.of(System.getProperty("simulator.jar", "simulator/target/nocvault-simulator.jar"));
        Path work = Files.createTempDirectory("nocvault-netmiko");
        System.out.printf("Starting the simulator with %d Cisco IOS devices...%n", settings.devices());
        try (SimulatorProcess sim =
                        SimulatorProcess.start(simulatorJar, settings, List.of("--platforms", "cisco_ios"));
                ConfigurableApplicationContext app = CaptureBenchmark.boot(work.resolve("data"))) {
            CapturePass pass = new CapturePass(app, settings, false);
            pass.capture(sim.devices().subList(0, Math.min(50, sim.devices().size())), "warm-up-");
            Duration oursCpu = ProcessFigures.cpuTime();
            Duration simulatorCpu = sim.cpuTime();
            long start = System.nanoTime();
            CapturePass.Result ours = pass.capture(sim.devices(), "");
            Duration oursWall = Duration.ofNanos(System.nanoTime() - start);
            CpuShare cpu = new CpuShare(
                    ProcessFigures.cpuTime().minus(oursCpu), sim.cpuTime().minus(simulatorCpu));
            System.out.println("NocVault done in " + seconds(oursWall) + "; now the Netmiko script...");
            Netmiko theirs = runNetmiko(settings, sim.devices(), work);
            report(settings, ours, oursWall, theirs);
            cpu.report(settings, theirs);
        }
    }

    record Netmiko(int ok, int failed, Duration wall, long[] millis) {}

    private static Netmiko runNetmiko(BenchSettings s, List<SimulatorProcess.Device> devices, Path work)
            throws IOException, InterruptedException {
        Path csv = work.resolve("devices.csv");
        List<String> lines = new ArrayList<>(List.of("hostname,host,port,device_type"));
        devices.forEach(d -> lines.add(d.hostname() + "," + d.host() + "," + d.port() + ",cisco_ios"));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(work.resolve("netmiko-out"));
        ProcessBuilder builder = new ProcessBuilder(
                        "/usr/bin/python3",
                        System.getProperty("netmiko.script", "bench/netmiko_backup.py"),
                        csv.toString(),
                        out.toString(),
                        String.valueOf(s.concurrency()))
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().put("BENCH_USERNAME", s.username());
        builder.environment().put("BENCH_PASSWORD", s.password());
        builder.environment().put("BENCH_SECRET", s.enableSecret());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IOException("the Netmiko script failed with exit code " + process.exitValue());
        }
        return parse(output);
    }

    static Netmiko parse(String json) {
        double ok = 0;
        double failed = 0;
        double wall = 0;
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            double value = Double.parseDouble(m.group(2));
            switch (m.group(1)) {
                case "ok" -> ok = value;
                case "failed" -> failed = value;
                default -> wall = value;
            }
        }
        Matcher list = MILLIS.matcher(json);
        long[] millis = list.find() && !list.group(1).isBlank()
                ? java.util.Arrays.stream(list.group(1).split(","))
                        .map(String::trim)
                        .mapToLong(Long::parseLong)
                        .toArray()
                : new long[] {0};
        return new Netmiko((int) ok, (int) failed, Duration.ofMillis((long) (wall * 1000)), millis);
    }

    private static void report(BenchSettings s, CapturePass.Result ours, Duration oursWall, Netmiko theirs) {
        long[] a = ProcessFigures.sorted(ours.millis());
        long[] b = ProcessFigures.sorted(theirs.millis());
        System.out.println();
        System.out.printf(
                "NocVault vs the seeds' Netmiko script: %d Cisco IOS devices, concurrency %d, ~%d config lines%n",
                s.devices(), s.concurrency(), s.configLines());
        System.out.printf("%-10s %8s %8s %12s %9s %9s%n", "", "ok", "failed", "wall", "p50", "p99");
        row("NocVault", ours.ok(), s.devices() - ours.ok(), oursWall, a);
        row("Netmiko", theirs.ok(), theirs.failed(), theirs.wall(), b);
        double ratio = theirs.wall().toMillis() / (double) Math.max(1, oursWall.toMillis());
        System.out.printf("devices/s  NocVault %.1f, Netmiko %.1f%n", rate(s, oursWall), rate(s, theirs.wall()));
        System.out.printf("ratio      NocVault is %.1fx faster   (target >= 20x)%n", ratio);
    }

    /**
     * The CPU that NocVault's pass took in NocVault and in the simulator (SSH server side): with both on this
     * machine's cores, it bounds the devices/s any pass can reach here, and so the ratio against Netmiko.
     */
    private record CpuShare(Duration nocvault, Duration simulator) {

        void report(BenchSettings s, Netmiko theirs) {
            double perDevice = (nocvault.toNanos() + simulator.toNanos()) / 1e6 / s.devices();
            int cores = Runtime.getRuntime().availableProcessors();
            double ceiling = cores * 1000.0 / perDevice;
            System.out.printf(
                    "CPU        NocVault %.1f s + simulator %.1f s = %.1f ms per device: at most %.0f devices/s on %d cores,"
                            + " a ratio of at most %.1fx%n",
                    nocvault.toMillis() / 1000.0,
                    simulator.toMillis() / 1000.0,
                    perDevice,
                    ceiling,
                    cores,
                    ceiling / rate(s, theirs.wall()));
        }
    }

    private static void row(String name, int ok, int failed, Duration wall, long[] sorted) {
        System.out.printf(
                "%-10s %8d %8d %12s %7d ms %6d ms%n",
                name,
                ok,
                failed,
                seconds(wall),
                ProcessFigures.percentile(sorted, 50),
                ProcessFigures.percentile(sorted, 99));
    }

    private static double rate(BenchSettings s, Duration wall) {
        return s.devices() / Math.max(0.001, wall.toMillis() / 1000.0);
    }

    private static String seconds(Duration d) {
        return String.format("%.2f s", d.toMillis() / 1000.0);
    }

    private static String[] withDefault(String[] args, String fallback) {
        String key = fallback.substring(0, fallback.indexOf('=') + 1);
        for (String arg : args) {
            if (arg.startsWith(key)) {
                return args;
            }
        }
        String[] all = java.util.Arrays.copyOf(args, args.length + 1);
        all[args.length] = fallback;
        return all;
    }
}
