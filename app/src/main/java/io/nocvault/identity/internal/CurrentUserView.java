package io.nocvault.identity.internal;

import io.nocvault.identity.Role;

/**
 * What the page layout shows of the logged-in user (model attribute {@code currentUser}).
 *
 * @param theme {@code light} or {@code dark}
 */
public record CurrentUserView(
        long id,
        String username,
        String fullName,
        String email,
        Role role,
        String theme,
        boolean compact,
        boolean sidebarHidden,
        boolean passwordChangeRequired) {

    /** Request attribute under which the session filter leaves the view it has just read. */
    public static final String ATTRIBUTE = CurrentUserView.class.getName();

    public static CurrentUserView of(UserRecord user) {
        UserRecord.Preferences p = user.preferences();
        return new CurrentUserView(
                user.id(),
                user.username(),
                user.fullName(),
                user.email(),
                user.role(),
                p.theme(),
                p.compact(),
                p.sidebarHidden(),
                user.passwordChangeRequired());
    }

    public String roleLabel() {
        return role.label();
    }

    /** Admin or head admin. */
    public boolean admin() {
        return role.atLeast(Role.ADMIN);
    }

    public boolean headAdmin() {
        return role == Role.HEAD_ADMIN;
    }

    public boolean dark() {
        return UserRecord.Preferences.DARK.equals(theme);
    }
}
