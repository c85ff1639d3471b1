package io.nocvault.backup;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A head admin started the verification of every version in the store. */
public record StoreScrubStarted(Origin origin) implements AuditableEvent {

    @Override
    public String action() {
        return "backup.store.scrub-started";
    }

    @Override
    public String target() {
        return "backup store";
    }
}
