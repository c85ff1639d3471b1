package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A user logged in.
 *
 * @param channel {@code ui} for a browser session, {@code api} for a JWT from the login endpoint
 */
public record UserLoggedIn(Origin origin, long userId, String username, String channel) implements AuditableEvent {

    @Override
    public String action() {
        return "user.login";
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
