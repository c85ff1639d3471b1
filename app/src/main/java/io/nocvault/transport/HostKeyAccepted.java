package io.nocvault.transport;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * An admin accepted the new host key of a device or jump server: it is pinned from now on.
 *
 * @param origin the admin who accepted it
 * @param subject what the key is pinned for, e.g. {@code jump:3}
 * @param previousFingerprint the key pinned until now
 * @param fingerprint the key pinned from now on
 */
public record HostKeyAccepted(
        Origin origin, String subject, Long nocId, String label, String previousFingerprint, String fingerprint)
        implements AuditableEvent {

    @Override
    public String action() {
        return "hostkey.accepted";
    }

    @Override
    public String target() {
        return label;
    }

    @Override
    public String detail() {
        return "now pinned " + fingerprint + " (was " + previousFingerprint + ")";
    }
}
