package io.nocvault.noc;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A NOC was changed. {@code detail} lists what changed by field name ("location", "jump password changed"),
 * never a value of a secret.
 */
public record NocUpdated(Origin origin, Long nocId, String name, String detail) implements AuditableEvent {

    @Override
    public String action() {
        return "noc.updated";
    }

    @Override
    public String target() {
        return "NOC " + name;
    }
}
