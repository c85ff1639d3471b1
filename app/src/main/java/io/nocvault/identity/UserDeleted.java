package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A user was deleted; modules drop what they keep per user (e.g. NOC grants). */
public record UserDeleted(Origin origin, long userId, String username) implements AuditableEvent {

    @Override
    public String action() {
        return "user.deleted";
    }

    @Override
    public String target() {
        return "user " + username;
    }
}
