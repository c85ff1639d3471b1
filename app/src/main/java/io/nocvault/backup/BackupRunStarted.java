package io.nocvault.backup;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** Someone (or a schedule) started a backup run. */
public record BackupRunStarted(Origin origin, long runId, String targetText, int devices) implements AuditableEvent {

    @Override
    public String action() {
        return "backup.run.started";
    }

    @Override
    public String target() {
        return "backup run #" + runId;
    }

    @Override
    public String detail() {
        return targetText + ", " + devices + (devices == 1 ? " device" : " devices");
    }
}
