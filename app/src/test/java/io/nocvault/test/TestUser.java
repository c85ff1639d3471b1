package io.nocvault.test;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;

/** A user created by {@link TestUsers}, with its password in clear (test data only). */
public record TestUser(long id, String username, String password, Role role) {

    public AuthenticatedUser principal() {
        return new AuthenticatedUser(id, username, role);
    }
}
