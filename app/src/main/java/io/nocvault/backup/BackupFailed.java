package io.nocvault.backup;

import java.time.Instant;

/**
 * A device could not be backed up after every attempt of a run.
 *
 * @param failureKind a {@link io.nocvault.drivers.FailureKind} name, or {@code STORE} / {@code QUOTA}
 * @param step where it failed, e.g. {@code jump server authentication}; may be null
 */
public record BackupFailed(
        long runId,
        long deviceId,
        long nocId,
        String hostname,
        String failureKind,
        String step,
        String error,
        int attempts,
        Instant at) {}
