package io.nocvault.notify;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A notification recipient was created, updated or deleted. {@code nocId} is the recipient's NOC when he serves
 * exactly one, else {@code null}; {@code detail} names changed fields, never their values.
 */
public record RecipientChanged(Origin origin, String change, long recipientId, String name, Long nocId, String detail)
        implements AuditableEvent {

    @Override
    public String action() {
        return "recipient." + change;
    }

    @Override
    public String target() {
        return "recipient " + name;
    }
}
