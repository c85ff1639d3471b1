package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import java.time.Instant;

/**
 * An account was locked after too many consecutive failed logins.
 *
 * @param until when the lock expires by itself, or {@code null} when only an administrator can lift it
 */
public record UserLocked(Origin origin, long userId, String username, int failedAttempts, Instant until)
        implements AuditableEvent {

    @Override
    public String action() {
        return "user.locked";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public String detail() {
        return failedAttempts + " failed logins; " + (until == null ? "until unlocked by an admin" : "until " + until);
    }
}
