package io.nocvault.audit.internal;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** The application has started: the first entry of a fresh install and a marker for every restart. */
record SystemStarted(Origin origin, String detail) implements AuditableEvent {

    @Override
    public String action() {
        return "system.started";
    }

    @Override
    public String target() {
        return "NocVault";
    }
}
