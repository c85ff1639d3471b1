package io.nocvault.inventory.internal;

import io.nocvault.inventory.DevicePinger;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * {@link DevicePinger}: probes with fping when it is installed (or configured), else with TCP connects to the SSH
 * port ({@link PingProperties#method()}); probing runs outside any transaction, the results are written in one.
 */
@Service
class DevicePingService implements DevicePinger {

    private static final Logger LOG = LoggerFactory.getLogger(DevicePingService.class);
    private static final int ALL = Integer.MAX_VALUE;

    private final DeviceService devices;
    private final DeviceStore store;
    private final PingRecorder recorder;
    private final PingProbe probe;
    private final Clock clock;

    DevicePingService(
            DeviceService devices, DeviceStore store, PingRecorder recorder, PingProperties properties, Clock clock) {
        this.devices = devices;
        this.store = store;
        this.recorder = recorder;
        this.clock = clock;
        this.probe = probe(properties);
        LOG.info("Ping tests use {}", probe.name());
    }

    /** Which probe runs: {@code fping} or {@code tcp}. */
    String method() {
        return probe.name();
    }

    @Override
    public PingReport ping(Collection<Long> deviceIds) {
        List<DeviceRow> rows = new ArrayList<>();
        for (Long id : new LinkedHashSet<>(deviceIds)) {
            rows.add(devices.load(id));
        }
        return run(rows);
    }

    @Override
    public PingReport pingAll() {
        return run(store.list("d.enabled = true", Map.of(), "d.id", ALL, 0));
    }

    private PingReport run(List<DeviceRow> rows) {
        long start = System.nanoTime();
        if (rows.isEmpty()) {
            return new PingReport(0, 0, 0, 0);
        }
        Set<PingTarget> targets = new LinkedHashSet<>();
        rows.forEach(r -> targets.add(new PingTarget(r.address(), r.port())));
        Set<PingTarget> reachable = probe.reachable(targets);
        int changed = recorder.record(rows, reachable, clock.instant());
        int up = (int) rows.stream()
                .filter(r -> reachable.contains(new PingTarget(r.address(), r.port())))
                .count();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new PingReport(rows.size(), up, changed, millis);
    }

    static PingProbe probe(PingProperties p) {
        String method = p.method().strip().toLowerCase(Locale.ROOT);
        String fping = executable(p.fping());
        return switch (method) {
            case "tcp" -> new TcpProbe(p.timeout(), p.retries(), p.concurrency());
            case "fping" -> new FpingProbe(fping == null ? p.fping() : fping, p.timeout(), p.retries());
            case "auto" ->
                fping != null
                        ? new FpingProbe(fping, p.timeout(), p.retries())
                        : new TcpProbe(p.timeout(), p.retries(), p.concurrency());
            default ->
                throw new IllegalArgumentException(
                        "nocvault.inventory.ping.method must be auto, fping or tcp, not " + p.method());
        };
    }

    /** The executable's path, looked up on the PATH for a bare name; {@code null} when not found. */
    static String executable(String name) {
        if (name.contains(File.separator)) {
            return Files.isExecutable(Path.of(name)) ? name : null;
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        return null;
    }
}
