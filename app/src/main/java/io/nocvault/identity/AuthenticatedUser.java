package io.nocvault.identity;

import java.io.Serializable;

/**
 * The principal of every authenticated request, whichever way it logged in (UI session, JWT, API token).
 *
 * @param id the user's id
 * @param username the login name
 * @param role the role at the time of authentication
 */
public record AuthenticatedUser(long id, String username, Role role) implements Serializable {

    public boolean headAdmin() {
        return role == Role.HEAD_ADMIN;
    }

    @Override
    public String toString() {
        return username;
    }
}
