package io.nocvault.noc;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A NOC was created. {@code detail} names the access mode (direct or jump server host), never a secret. */
public record NocCreated(Origin origin, Long nocId, String name, String detail) implements AuditableEvent {

    @Override
    public String action() {
        return "noc.created";
    }

    @Override
    public String target() {
        return "NOC " + name;
    }
}
