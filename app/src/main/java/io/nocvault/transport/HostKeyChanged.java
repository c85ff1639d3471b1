package io.nocvault.transport;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import java.time.Instant;

/**
 * A device or jump server presented a host key other than the pinned one; the connection was refused and the new
 * key waits for an admin's review on the host keys page. Published once per newly offered key (a refused retry with
 * the same key publishes nothing). Alerts listen to this.
 *
 * @param subject what the key is pinned for, e.g. {@code jump:3} or {@code device:42}
 * @param nocId the NOC of the device or jump server, or null
 * @param label the target, human readable, e.g. {@code jump server of East (jump.east:22)}
 * @param pinnedFingerprint the SHA256 fingerprint of the pinned key
 * @param presentedFingerprint the SHA256 fingerprint of the key now offered
 * @param at when the new key was first offered
 */
public record HostKeyChanged(
        Origin origin,
        String subject,
        Long nocId,
        String label,
        String pinnedFingerprint,
        String presentedFingerprint,
        Instant at)
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
