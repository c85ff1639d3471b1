package io.nocvault.audit.internal;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.noc.NocScope;
import java.util.Optional;
import java.util.Set;

/**
 * Which entries a caller may read: the entries of his NOCs ({@code null} = every NOC) and global entries (no NOC)
 * either all, only his own, or none. This is the audit module's one scoping rule; {@link AuditSql} turns it into
 * SQL.
 */
record AuditVisibility(Set<Long> nocIds, Globals globals, String viewer) {

    enum Globals {
        ALL,
        OWN,
        NONE
    }

    /** Sees nothing: no user, or no NOC scope to ask. */
    static final AuditVisibility NOTHING = new AuditVisibility(Set.of(), Globals.NONE, null);

    /**
     * Head admins see every NOC; everyone else the NOCs the scope grants him. When the navbar switcher narrowed the
     * lists to one NOC, only that NOC. Global entries: all for admins and head admins, the caller's own for
     * operators and viewers.
     */
    static AuditVisibility of(Optional<AuthenticatedUser> user, NocScope scope) {
        if (user.isEmpty() || scope == null) {
            return NOTHING;
        }
        AuthenticatedUser caller = user.get();
        Set<Long> nocIds;
        if (scope.selectedNocId().isPresent()) {
            nocIds = Set.copyOf(scope.listedNocIds());
        } else if (caller.headAdmin() || scope.unrestricted()) {
            nocIds = null;
        } else {
            nocIds = Set.copyOf(scope.visibleNocIds());
        }
        Globals globals = caller.role().atLeast(Role.ADMIN) ? Globals.ALL : Globals.OWN;
        return new AuditVisibility(nocIds, globals, caller.username());
    }

    boolean allNocs() {
        return nocIds == null;
    }
}
