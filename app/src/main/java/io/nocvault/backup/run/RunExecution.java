package io.nocvault.backup.run;

import io.nocvault.common.Origin;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** A run in progress on this node: its jump sessions, the devices at work, and whether it was cancelled. */
final class RunExecution {

    private final long runId;
    private final Origin origin;
    private final JumpSessions jumps;
    private final Set<DeviceWork> working = ConcurrentHashMap.newKeySet();
    private final Set<Long> newVersions = ConcurrentHashMap.newKeySet();
    private volatile boolean cancelled;
    private volatile boolean shutdown;

    RunExecution(long runId, Origin origin, JumpSessions jumps) {
        this.runId = runId;
        this.origin = origin;
        this.jumps = jumps;
    }

    long runId() {
        return runId;
    }

    Origin origin() {
        return origin;
    }

    JumpSessions jumps() {
        return jumps;
    }

    boolean cancelled() {
        return cancelled;
    }

    /** Devices not started are skipped; those waiting for a slot or capturing are interrupted. */
    void cancel() {
        cancelled = true;
        working.forEach(DeviceWork::interrupt);
    }

    /** NocVault stops: like {@link #cancel()}, but the run ends as interrupted. */
    void shutdown() {
        shutdown = true;
        cancel();
    }

    boolean stopping() {
        return shutdown;
    }

    void started(DeviceWork work) {
        working.add(work);
        if (cancelled) {
            work.interrupt();
        }
    }

    void ended(DeviceWork work) {
        working.remove(work);
    }

    void storedNewVersion(long deviceId) {
        newVersions.add(deviceId);
    }

    /** The devices that got a new version in this run (retention is applied to them afterwards). */
    Set<Long> newVersions() {
        return Set.copyOf(newVersions);
    }

    /** A duration as settings write it, e.g. {@code 5m}, {@code 90s}. */
    static String text(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds > 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds > 0 ? seconds + "s" : duration.toMillis() + "ms";
    }
}
