package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A user logged out: ended a browser session or revoked an API JWT.
 *
 * @param channel {@code ui} or {@code api}
 */
public record UserLoggedOut(Origin origin, long userId, String username, String channel) implements AuditableEvent {

    @Override
    public String action() {
        return "user.logout";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public String detail() {
        return "via " + channel;
    }
}
