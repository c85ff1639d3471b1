package io.nocvault.backup;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A device got its own retention policy ({@code policy} set) or went back to the default ({@code null}). */
public record RetentionOverrideChanged(Origin origin, long deviceId, Long nocId, RetentionPolicy policy)
        implements AuditableEvent {

    @Override
    public String action() {
        return policy == null ? "backup.retention.override.removed" : "backup.retention.override.set";
    }

    @Override
    public String target() {
        return "device " + deviceId;
    }

    @Override
    public String detail() {
        return policy == null ? "default policy" : policy.describe();
    }
}
