package io.nocvault.transport;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * An admin removed the pin of a device or jump server: the next connection pins whatever key it presents (trust
 * on first use again).
 *
 * @param origin the admin who removed it
 * @param fingerprint the key that was pinned
 */
public record HostKeyForgotten(Origin origin, String subject, Long nocId, String label, String fingerprint)
        implements AuditableEvent {

    @Override
    public String action() {
        return "hostkey.forgotten";
    }

    @Override
    public String target() {
        return label;
    }

    @Override
    public String detail() {
        return "pin " + fingerprint + " removed; the next connection pins the presented key";
    }
}
