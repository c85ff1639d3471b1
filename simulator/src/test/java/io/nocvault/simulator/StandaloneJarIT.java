package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The shaded jar runs on its own: help, bad arguments, serving devices, and a clean stop on SIGTERM. */
class StandaloneJarIT {

    private static final Path JAR = Path.of(System.getProperty("simulator.jar", "target/nocvault-simulator.jar"));

    private static Process run(String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).start();
    }

    @Test
    void helpAndBadArguments() throws Exception {
        assertThat(Files.isRegularFile(JAR)).as("%s exists", JAR).isTrue();
        Process help = run("--help");
        assertThat(help.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(help.exitValue()).isZero();
        assertThat(new String(help.getInputStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("--devices N");

        Process bad = run("--devices", "3", "--username", "u");
        assertThat(bad.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(bad.exitValue()).isEqualTo(2);
        assertThat(new String(bad.getErrorStream().readAllBytes(), StandardCharsets.UTF_8))
                .contains("error: --password is required");
    }

    @Test
    void servesDevicesUntilTerminated() throws Exception {
        Process sim = run(
                "--devices",
                "3",
                "--base-port",
                "0",
                "--platforms",
                "linux,cisco_nxos",
                "--username",
                "u",
                "--password",
                "p",
                "--config-lines",
                "50");
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(sim.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                String line = out.readLine();
                assertThat(line).as("device line %d", i).isNotNull();
                lines.add(line);
            }
            assertThat(lines.get(0)).matches("linux 127\\.0\\.0\\.1:\\d+ sim-linux-1");
            assertThat(lines.get(1)).matches("cisco_nxos 127\\.0\\.0\\.1:\\d+ sim-cisco_nxos-2");
            int port = Integer.parseInt(lines.get(0).replaceAll(".*:(\\d+) .*", "$1"));
            try (Term t = Term.open(port, "u", "p")) {
                t.expect("u@sim-linux-1:~\\$ ");
                assertThat(t.command("cat /etc/hostname", "u@sim-linux-1:~\\$ "))
                        .isEqualTo("sim-linux-1\n");
            }
        } finally {
            sim.destroy();
            assertThat(sim.waitFor(20, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
        }
    }
}
