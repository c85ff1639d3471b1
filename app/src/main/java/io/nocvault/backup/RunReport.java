package io.nocvault.backup;

import java.time.Instant;
import java.util.List;

/**
 * A backup run as the API and UI show it.
 *
 * @param startedBy a username, or {@code system}/{@code schedule <name>} for background starts
 */
public record RunReport(
        long id,
        String target,
        String startedBy,
        RunStatus status,
        Instant startedAt,
        Instant finishedAt,
        int total,
        int stored,
        int unchanged,
        int failed,
        int skipped,
        List<DeviceResult> devices) {

    /** Milliseconds from start to end (or to now while running). */
    public long durationMillis() {
        Instant end = finishedAt == null ? Instant.now() : finishedAt;
        return end.toEpochMilli() - startedAt.toEpochMilli();
    }

    public int done() {
        return stored + unchanged + failed + skipped;
    }

    /** One device's result within a run. */
    public record DeviceResult(
            long deviceId,
            long nocId,
            String hostname,
            DeviceOutcome outcome,
            String failureKind,
            String error,
            int attempts,
            Long durationMillis,
            Long versionId,
            Instant finishedAt) {}
}
