package io.nocvault.test;

import io.nocvault.NocVaultApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * NocVault in a JVM of its own: the test's {@code java} binary and classpath, {@link NocVaultApplication} as main
 * class, a free HTTP port on loopback. Its output goes to a log file; {@link #kill()} ends it as a crash would
 * (SIGKILL on Linux), {@link #close()} stops it gracefully (SIGTERM, then SIGKILL).
 */
public final class NocVaultProcess implements AutoCloseable {

    private final Process process;
    private final Path log;
    private final int port;

    private NocVaultProcess(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    /**
     * Starts NocVault with {@code environment} (e.g. {@code NOCVAULT_ADMIN_PASSWORD}, which never appears on a
     * command line) and the given {@code --key=value} arguments; its output is appended to {@code log}.
     */
    public static NocVaultProcess start(Path log, Map<String, String> environment, List<String> arguments)
            throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElseThrow(),
                "-Xmx384m",
                "-XX:+UseSerialGC",
                "-cp",
                System.getProperty("java.class.path"),
                NocVaultApplication.class.getName(),
                "--server.address=127.0.0.1",
                "--server.port=" + port));
        command.addAll(arguments);
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new NocVaultProcess(builder.start(), log, port);
    }

    /** {@code http://127.0.0.1:<port>}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Waits until the login page answers 200; fails early when the process ends. */
    public void awaitUp(Duration limit) throws InterruptedException {
        HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + "/login"))
                .timeout(Duration.ofSeconds(10))
                .build();
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("NocVault ended with exit code " + process.exitValue() + " while starting");
            }
            try {
                if (client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("NocVault did not answer within " + limit);
    }

    /**
     * Kills the process without giving it any chance to clean up ({@link Process#destroyForcibly()}: SIGKILL) and
     * waits until the operating system no longer knows it.
     */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("NocVault (pid " + process.pid() + ") did not die within 30 s of SIGKILL");
        }
        if (ProcessHandle.of(process.pid()).map(ProcessHandle::isAlive).orElse(false)) {
            throw new AssertionError("NocVault (pid " + process.pid() + ") is still alive after SIGKILL");
        }
    }

    /** The exit code, or {@code null} while the process runs. */
    public Integer exitCode() {
        return process.isAlive() ? null : process.exitValue();
    }

    public Path log() {
        return log;
    }

    /** The last {@code lines} lines of the log. */
    public String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    /** Stops NocVault: SIGTERM, and SIGKILL when it has not ended within 30 seconds. Never leaves it running. */
    @Override
    public void close() throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
