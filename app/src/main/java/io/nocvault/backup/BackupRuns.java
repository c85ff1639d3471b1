package io.nocvault.backup;

import io.nocvault.common.Origin;
import io.nocvault.common.Walk;
import java.time.Instant;
import java.util.Optional;

/** Starts, follows and cancels backup runs. */
public interface BackupRuns {

    /**
     * Starts a run for the target, resolved within the caller's NOC scope (404 for a device or NOC the caller may
     * not see), and answers its id at once; devices are backed up in the background.
     */
    long start(RunTarget target, Origin origin);

    /** Cancels a running run: devices not started are skipped, running ones are interrupted. */
    void cancel(long runId);

    /** The run with the device results the caller may see; empty when the caller may see none of it. */
    Optional<RunReport> find(long runId);

    /**
     * The runs the caller's listed NOCs took part in (as the runs list shows them), started in {@code [from, to)}
     * (either bound may be {@code null}), latest start first, with the counts of the listed NOCs' devices and without
     * device lists; to be read one at a time, the scope is the caller's now.
     */
    Walk<RunReport> listed(Instant from, Instant to);
}
