package io.nocvault.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The seeds' approach, {@code bench/netmiko_backup.py} (Python with Debian's python3-netmiko), run on a list of
 * simulated devices with a thread pool of a given size. The credentials reach it through its environment.
 */
final class NetmikoScript {

    /** What the script printed: devices backed up and failed, its wall time and each device's milliseconds. */
    record Result(int ok, int failed, Duration wall, long[] millis) {}

    private static final Pattern FIELD = Pattern.compile("\"(ok|failed|wall)\": ([0-9.]+)");
    private static final Pattern MILLIS = Pattern.compile("\"millis\": \\[([0-9, ]*)]");

    private NetmikoScript() {}

    /** Backs up {@code devices} with {@code workers} threads; the device list and output go under {@code work}. */
    static Result run(BenchSettings s, List<SimulatorProcess.Device> devices, int workers, Path work)
            throws IOException, InterruptedException {
        Path csv = work.resolve("devices-" + workers + ".csv");
        List<String> lines = new ArrayList<>(List.of("hostname,host,port,device_type"));
        devices.forEach(d -> lines.add(d.hostname() + "," + d.host() + "," + d.port() + ",cisco_ios"));
        Files.write(csv, lines, StandardCharsets.UTF_8);
        Path out = Files.createDirectories(work.resolve("netmiko-out-" + workers));
        ProcessBuilder builder = new ProcessBuilder(
                        "/usr/bin/python3",
                        System.getProperty("netmiko.script", "bench/netmiko_backup.py"),
                        csv.toString(),
                        out.toString(),
                        String.valueOf(workers))
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

    static Result parse(String json) {
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
                ? Arrays.stream(list.group(1).split(","))
                        .map(String::trim)
                        .mapToLong(Long::parseLong)
                        .toArray()
                : new long[] {0};
        return new Result((int) ok, (int) failed, Duration.ofMillis((long) (wall * 1000)), millis);
    }
}
