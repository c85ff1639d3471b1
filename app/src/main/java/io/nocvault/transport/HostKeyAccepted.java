package io.nocvault.transport;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** An admin accepted a changed host key (or forgot a pin so that the next connection pins afresh). */
public record HostKeyAccepted(Origin origin, String subject, Long nocId, String label, String fingerprint)
        implements AuditableEvent {

    @Override
    public String action() {
        return fingerprint == null ? "hostkey.forgotten" : "hostkey.accepted";
    }

    @Override
    public String target() {
        return label;
    }

    @Override
    public String detail() {
        return fingerprint == null
                ? "pin removed; the next connection pins the presented key"
                : "now pinned " + fingerprint;
    }
}
