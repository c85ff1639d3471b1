package io.nocvault.identity.internal;

import io.nocvault.identity.Role;

/**
 * An edit of a user; {@code null} keeps a value.
 *
 * @param password a new password set by the head admin, or {@code null}
 * @param passwordChangeRequired with a new password: whether the user must change it at next login (default true)
 */
public record UserChanges(
        String email, String fullName, Role role, UserStatus status, String password, Boolean passwordChangeRequired) {

    @Override
    public String toString() {
        return "UserChanges[" + role + ", " + status + (password == null ? "" : ", new password") + "]";
    }
}
