package io.nocvault.identity.internal;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import java.time.Instant;

/** A row of {@code users} without its password hash (which never leaves {@link UserStore} but for checking). */
public record UserRecord(
        long id,
        String username,
        String email,
        String fullName,
        Role role,
        UserStatus status,
        boolean passwordChangeRequired,
        Instant createdAt,
        Instant lastLoginAt,
        String lastLoginIp,
        int failedAttempts,
        Instant lockedUntil,
        Preferences preferences) {

    /** UI preferences of a user. @param theme {@code light} or {@code dark} */
    public record Preferences(String theme, boolean compact, boolean sidebarHidden) {

        public static final String LIGHT = "light";
        public static final String DARK = "dark";

        public Preferences {
            theme = DARK.equals(theme) ? DARK : LIGHT;
        }
    }

    /** A lock that only an administrator lifts is stored as this far-away instant. */
    public static final Instant UNTIL_UNLOCKED = Instant.parse("9999-12-31T00:00:00Z");

    public boolean active() {
        return status == UserStatus.ACTIVE;
    }

    public boolean locked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** When the current lock ends by itself; {@code null} when not locked or locked until an admin unlocks. */
    public Instant lockExpiry(Instant now) {
        return locked(now) && !lockedUntil.equals(UNTIL_UNLOCKED) ? lockedUntil : null;
    }

    public AuthenticatedUser principal() {
        return new AuthenticatedUser(id, username, role);
    }
}
