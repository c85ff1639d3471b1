package io.nocvault.backup;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A user cancelled a running backup run. */
public record BackupRunCancelled(Origin origin, long runId) implements AuditableEvent {

    @Override
    public String action() {
        return "backup.run.cancelled";
    }

    @Override
    public String target() {
        return "backup run #" + runId;
    }
}
