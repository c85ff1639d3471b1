package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** An administrator lifted the lock of an account. */
public record UserUnlocked(Origin origin, long userId, String username) implements AuditableEvent {

    @Override
    public String action() {
        return "user.unlocked";
    }

    @Override
    public String target() {
        return "user " + username;
    }
}
