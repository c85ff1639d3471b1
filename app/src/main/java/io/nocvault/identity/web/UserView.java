package io.nocvault.identity.web;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.internal.UserPolicy;
import io.nocvault.identity.internal.UserRecord;
import java.time.Instant;

/** A user as the identity pages show it, with what the viewing administrator may do to him. */
record UserView(
        long id,
        String username,
        String email,
        String fullName,
        String role,
        String roleLabel,
        String status,
        String statusLabel,
        boolean active,
        boolean locked,
        int failedAttempts,
        String created,
        String lastLogin,
        String lastLoginIp,
        boolean passwordChangeRequired,
        Permissions can) {

    /** What the viewer may do to this user. */
    record Permissions(boolean edit, boolean changeRole, boolean delete, boolean unlock, boolean setPassword) {}

    static UserView of(UserRecord user, AuthenticatedUser viewer, Instant now) {
        var can = new Permissions(
                UserPolicy.canEditProfile(viewer, user) || UserPolicy.canChangeRoleAndStatus(viewer),
                UserPolicy.canChangeRoleAndStatus(viewer),
                UserPolicy.canDelete(viewer, user),
                UserPolicy.canUnlock(viewer, user),
                UserPolicy.canSetPassword(viewer, user));
        return new UserView(
                user.id(),
                user.username(),
                user.email(),
                user.fullName(),
                user.role().name(),
                user.role().label(),
                user.status().name(),
                user.status().label(),
                user.active(),
                user.locked(now),
                user.failedAttempts(),
                Display.time(user.createdAt(), ""),
                Display.time(user.lastLoginAt(), "never"),
                user.lastLoginIp() == null ? "" : user.lastLoginIp(),
                user.passwordChangeRequired(),
                can);
    }
}
