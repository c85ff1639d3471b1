package io.nocvault.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The standalone simulator as a separate process; its device list is read from the lines it prints. */
final class SimulatorProcess implements AutoCloseable {

    record Device(String platform, String host, int port, String hostname) {}

    /** What the simulator prints per device: {@code platform host:port hostname}. */
    private static final Pattern DEVICE_LINE = Pattern.compile("(\\S+) (\\S+):(\\d+) (\\S+)");

    private final Process process;
    private final List<Device> devices;

    private SimulatorProcess(Process process, List<Device> devices) {
        this.process = process;
        this.devices = devices;
    }

    static SimulatorProcess start(Path jar, BenchSettings s) throws IOException {
        return start(jar, s, List.of());
    }

    /**
     * Starts the simulator with extra arguments, e.g. {@code --platforms cisco_ios}. Its JVM options come from the
     * system property {@code simulator.java.opts} (default {@code -Xmx1g}), e.g. to record it with JFR.
     */
    static SimulatorProcess start(Path jar, BenchSettings s, List<String> extra) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of(
                System.getProperty("simulator.java.opts", "-Xmx1g").trim().split("\\s+")));
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--devices",
                String.valueOf(s.devices()),
                "--base-port",
                String.valueOf(s.basePort()),
                "--username",
                s.username(),
                "--password",
                s.password(),
                "--enable-secret",
                s.enableSecret(),
                "--jump-port",
                String.valueOf(s.jumpPort()),
                "--jump-username",
                "jump",
                "--jump-password",
                s.password(),
                "--config-lines",
                String.valueOf(s.configLines())));
        command.addAll(extra);
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            return new SimulatorProcess(process, readDevices(process, s.devices()));
        } catch (IOException | RuntimeException e) {
            process.destroyForcibly(); // a simulator that did not start as expected must not keep its ports
            throw e;
        }
    }

    private static List<Device> readDevices(Process process, int count) throws IOException {
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<Device> devices = new ArrayList<>();
        while (devices.size() < count) {
            String line = out.readLine();
            if (line == null) {
                throw new IOException("the simulator stopped after " + devices.size() + " devices");
            }
            Matcher device = DEVICE_LINE.matcher(line.trim());
            if (device.matches()) { // other lines, e.g. the JVM's own when JFR records, are not devices
                devices.add(new Device(
                        device.group(1), device.group(2), Integer.parseInt(device.group(3)), device.group(4)));
            }
        }
        return List.copyOf(devices);
    }

    /** The CPU time the simulator process has used so far (zero where the platform does not tell). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    /** The CPU time the simulator's JIT compiler threads have used so far (zero without /proc). */
    Duration compilerCpuTime() {
        return ProcessFigures.compilerCpuTime(process.pid());
    }

    List<Device> devices() {
        return devices;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
