package io.nocvault.transport;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A device or jump server presented a host key other than the pinned one; the connection was refused and the new
 * key waits for an admin's review. Alerts listen to this.
 */
public record HostKeyChanged(
        Origin origin, String subject, Long nocId, String label, String pinnedFingerprint, String presentedFingerprint)
        implements AuditableEvent {

    @Override
    public String action() {
        return "hostkey.changed";
    }

    @Override
    public String target() {
        return label;
    }

    @Override
    public boolean success() {
        return false;
    }

    @Override
    public String detail() {
        return "pinned " + pinnedFingerprint + ", presented " + presentedFingerprint + "; connection refused";
    }
}
