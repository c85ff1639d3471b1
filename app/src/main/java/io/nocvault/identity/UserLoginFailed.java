package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import java.util.Locale;

/**
 * A login attempt failed. The username is what was typed (cut to 64 characters), whether or not it exists.
 *
 * @param channel {@code ui} or {@code api}
 */
public record UserLoginFailed(Origin origin, String username, LoginFailureReason reason, String channel)
        implements AuditableEvent {

    @Override
    public String action() {
        return "user.login.failed";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public boolean success() {
        return false;
    }

    @Override
    public String detail() {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " via " + channel;
    }
}
