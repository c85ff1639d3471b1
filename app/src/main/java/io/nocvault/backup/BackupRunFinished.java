package io.nocvault.backup;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A backup run ended: finished, cancelled or interrupted; the totals say how it went. */
public record BackupRunFinished(
        Origin origin, long runId, RunStatus status, int total, int stored, int unchanged, int failed, int skipped)
        implements AuditableEvent {

    @Override
    public String action() {
        return "backup.run.finished";
    }

    @Override
    public String target() {
        return "backup run #" + runId;
    }

    @Override
    public boolean success() {
        return failed == 0 && status == RunStatus.FINISHED;
    }

    @Override
    public String detail() {
        return status.name().toLowerCase() + ": " + stored + " stored, " + unchanged + " unchanged, " + failed
                + " failed, " + skipped + " skipped of " + total;
    }
}
