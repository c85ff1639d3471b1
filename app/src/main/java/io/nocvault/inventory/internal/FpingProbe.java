package io.nocvault.inventory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ICMP echo through {@code fping}: every distinct address once, in chunks, with {@code -r retries -t timeout}. Reads
 * the {@code <address> is alive} lines; everything else (unreachable, unknown name) did not answer. Addresses are
 * validated device addresses (IP literals or DNS names) passed as separate arguments after {@code --}: no shell.
 */
final class FpingProbe implements PingProbe {

    private static final Logger LOG = LoggerFactory.getLogger(FpingProbe.class);
    private static final int CHUNK = 500;
    private static final String ALIVE = " is alive";

    private final String executable;
    private final Duration timeout;
    private final int retries;

    FpingProbe(String executable, Duration timeout, int retries) {
        this.executable = executable;
        this.timeout = timeout;
        this.retries = retries;
    }

    @Override
    public String name() {
        return "fping";
    }

    @Override
    public Set<PingTarget> reachable(Collection<PingTarget> targets) {
        Set<String> addresses = new LinkedHashSet<>();
        targets.forEach(t -> addresses.add(t.address()));
        Set<String> alive = new HashSet<>();
        List<String> all = new ArrayList<>(addresses);
        for (int from = 0; from < all.size(); from += CHUNK) {
            alive.addAll(run(all.subList(from, Math.min(all.size(), from + CHUNK))));
        }
        Set<PingTarget> result = new HashSet<>();
        targets.stream().filter(t -> alive.contains(t.address())).forEach(result::add);
        return result;
    }

    private Set<String> run(List<String> addresses) {
        List<String> command = new ArrayList<>(List.of(
                executable,
                "-r",
                String.valueOf(retries),
                "-t",
                String.valueOf(Math.max(1, timeout.toMillis())),
                "--"));
        command.addAll(addresses);
        Set<String> alive = new HashSet<>();
        try {
            Process process = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.endsWith(ALIVE)) {
                        alive.add(line.substring(0, line.length() - ALIVE.length())
                                .strip());
                    }
                }
            }
            long limit = timeout.toMillis() * (retries + 2L) + 10_000;
            if (!process.waitFor(limit, TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                LOG.warn("fping did not finish within {} ms", limit);
            }
        } catch (IOException e) {
            LOG.warn("fping could not run: {}", e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return alive;
    }
}
