package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A user's password changed (never carries the password).
 *
 * @param byAdministrator true when an administrator set it for the user, false when the user changed his own
 */
public record PasswordChanged(Origin origin, long userId, String username, boolean byAdministrator)
        implements AuditableEvent {

    @Override
    public String action() {
        return "user.password.changed";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public String detail() {
        return byAdministrator ? "set by an administrator" : "changed by the user";
    }
}
