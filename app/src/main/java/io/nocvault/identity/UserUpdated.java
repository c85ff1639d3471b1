package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import java.util.List;

/**
 * An administrator changed a user. Modules that cache a user's role or status react to it.
 *
 * @param role the role after the change
 * @param active whether the user is active after the change
 * @param changes what changed, e.g. {@code role: VIEWER → OPERATOR}, {@code email}; never a secret
 */
public record UserUpdated(Origin origin, long userId, String username, Role role, boolean active, List<String> changes)
        implements AuditableEvent {

    public UserUpdated {
        changes = List.copyOf(changes);
    }

    @Override
    public String action() {
        return "user.updated";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public String detail() {
        return String.join("; ", changes);
    }
}
