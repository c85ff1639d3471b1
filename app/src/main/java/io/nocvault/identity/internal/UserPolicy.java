package io.nocvault.identity.internal;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import java.util.Arrays;
import java.util.List;

/**
 * Who may do what to whom in user management. The head admin manages everyone (promotes, demotes, activates,
 * suspends, adds and deletes users of every role) but no head admin can be deleted here; an admin adds, edits,
 * unlocks and deletes operators and viewers only and changes no role or status; operators and viewers manage
 * nobody. That at least one active head admin remains is checked by {@link UserManagement}.
 */
public final class UserPolicy {

    private UserPolicy() {}

    /** May see the user list at all. */
    public static boolean canManageUsers(AuthenticatedUser actor) {
        return actor.role().atLeast(Role.ADMIN);
    }

    public static boolean canCreate(AuthenticatedUser actor, Role role) {
        return actor.headAdmin() || (actor.role() == Role.ADMIN && staff(role));
    }

    /** E-mail and full name. */
    public static boolean canEditProfile(AuthenticatedUser actor, UserRecord target) {
        return actor.headAdmin() || (actor.role() == Role.ADMIN && staff(target.role()));
    }

    /** Promote, demote, activate, suspend: the head admin's privilege. */
    public static boolean canChangeRoleAndStatus(AuthenticatedUser actor) {
        return actor.headAdmin();
    }

    /** Set a new password for someone else (his own goes through the account page, with the current one). */
    public static boolean canSetPassword(AuthenticatedUser actor, UserRecord target) {
        return actor.headAdmin() && actor.id() != target.id();
    }

    public static boolean canUnlock(AuthenticatedUser actor, UserRecord target) {
        return canEditProfile(actor, target);
    }

    public static boolean canDelete(AuthenticatedUser actor, UserRecord target) {
        if (target.role() == Role.HEAD_ADMIN || actor.id() == target.id()) {
            return false;
        }
        return actor.headAdmin() || (actor.role() == Role.ADMIN && staff(target.role()));
    }

    /** The roles this actor may give when creating a user. */
    public static List<Role> assignableRoles(AuthenticatedUser actor) {
        return Arrays.stream(Role.values())
                .filter(role -> canCreate(actor, role))
                .toList();
    }

    private static boolean staff(Role role) {
        return role == Role.OPERATOR || role == Role.VIEWER;
    }
}
