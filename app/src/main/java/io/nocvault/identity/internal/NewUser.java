package io.nocvault.identity.internal;

import io.nocvault.identity.Role;

/**
 * What creating a user takes.
 *
 * @param password the initial password in clear (hashed by {@link UserManagement}; never logged)
 */
public record NewUser(
        String username,
        String email,
        String fullName,
        Role role,
        UserStatus status,
        String password,
        boolean passwordChangeRequired) {

    @Override
    public String toString() {
        return "NewUser[" + username + ", " + role + "]";
    }
}
