package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A user was created (by an administrator, or the head admin on first start). */
public record UserCreated(Origin origin, long userId, String username, Role role) implements AuditableEvent {

    @Override
    public String action() {
        return "user.created";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public String detail() {
        return "role " + role.name();
    }
}
