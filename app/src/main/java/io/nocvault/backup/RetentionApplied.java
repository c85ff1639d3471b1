package io.nocvault.backup;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * Retention deleted versions: of one device ({@code deviceId} and {@code nocId} set) or of every device in a
 * nightly pass (both {@code null}).
 */
public record RetentionApplied(Origin origin, Long deviceId, Long nocId, RetentionResult result)
        implements AuditableEvent {

    @Override
    public String action() {
        return "backup.retention.applied";
    }

    @Override
    public String target() {
        return deviceId == null ? "all devices" : "device " + deviceId;
    }

    @Override
    public String detail() {
        return result.forgotten() + " version(s) deleted, " + result.kept() + " kept, " + result.blobsRemoved()
                + " blob(s) removed, " + StoreUsage.human(result.bytesFreed()) + " freed";
    }
}
