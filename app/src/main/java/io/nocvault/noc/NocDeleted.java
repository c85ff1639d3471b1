package io.nocvault.noc;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A NOC was deleted, with its access grants. */
public record NocDeleted(Origin origin, Long nocId, String name) implements AuditableEvent {

    @Override
    public String action() {
        return "noc.deleted";
    }

    @Override
    public String target() {
        return "NOC " + name;
    }
}
