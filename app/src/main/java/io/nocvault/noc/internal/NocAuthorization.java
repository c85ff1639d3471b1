package io.nocvault.noc.internal;

import io.nocvault.identity.CurrentUsers;
import io.nocvault.identity.Role;
import org.springframework.stereotype.Component;

/**
 * Who may do what with NOCs, as {@code @PreAuthorize} expressions and as flags for pages. For an action on one
 * NOC, the role is only checked when the caller may see the NOC: for a NOC he may not see, the call goes on to the
 * scoped lookup, which answers 404, so that nobody learns from a 403 that the NOC exists.
 */
@Component
public class NocAuthorization {

    /** Reading NOCs: every role (the scope decides which NOCs). */
    public static final String READ = "hasRole('VIEWER')";
    /** Creating NOCs. */
    public static final String CREATE = "hasRole('HEAD_ADMIN')";
    /** Editing the NOC {@code #id}. */
    public static final String EDIT = "hasRole('ADMIN') or !@nocScope.canSee(#id)";
    /** Deleting the NOC {@code #id}. */
    public static final String DELETE = "hasRole('HEAD_ADMIN') or !@nocScope.canSee(#id)";
    /** Reading a user's NOC access. */
    public static final String READ_ACCESS = "hasRole('ADMIN')";
    /** Granting and revoking NOC access. */
    public static final String MANAGE_ACCESS = "hasRole('HEAD_ADMIN')";

    private final CurrentUsers currentUsers;

    NocAuthorization(CurrentUsers currentUsers) {
        this.currentUsers = currentUsers;
    }

    public boolean canCreate() {
        return has(Role.HEAD_ADMIN);
    }

    public boolean canEdit() {
        return has(Role.ADMIN);
    }

    public boolean canDelete() {
        return has(Role.HEAD_ADMIN);
    }

    public boolean canManageAccess() {
        return has(Role.HEAD_ADMIN);
    }

    private boolean has(Role role) {
        return currentUsers.current().map(u -> u.role().atLeast(role)).orElse(false);
    }
}
