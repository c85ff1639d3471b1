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

/** The standalone simulator as a separate process; its device list is read from the lines it prints. */
final class SimulatorProcess implements AutoCloseable {

    record Device(String platform, String host, int port, String hostname) {}

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
        BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        List<Device> devices = new ArrayList<>();
        while (devices.size() < s.devices()) {
            String line = out.readLine();
            if (line == null) {
                throw new IOException("the simulator stopped after " + devices.size() + " devices");
            }
            String[] parts = line.trim().split("\\s+");
            String[] address = parts[1].split(":");
            devices.add(new Device(parts[0], address[0], Integer.parseInt(address[1]), parts[2]));
        }
        return new SimulatorProcess(process, List.copyOf(devices));
    }

    /** The CPU time the simulator process has used so far (zero where the platform does not tell). */
    Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
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
