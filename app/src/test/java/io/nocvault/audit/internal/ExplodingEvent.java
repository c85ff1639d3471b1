package io.nocvault.audit.internal;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** An event whose detail can not be computed: auditing it fails, and must not fail the publisher. */
public record ExplodingEvent(Origin origin, String action) implements AuditableEvent {

    @Override
    public String target() {
        return "bomb";
    }

    @Override
    public String detail() {
        throw new IllegalStateException("detail unavailable");
    }
}
