package io.nocvault.backup.version;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Role checks made after the NOC scope (so that another NOC's version answers 404 before any 403), with the
 * application's role hierarchy: {@code ADMIN} includes {@code OPERATOR} and {@code VIEWER}.
 */
@Component
public class Roles {

    private final RoleHierarchy hierarchy;

    Roles(RoleHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    /** Whether the current user has the role ({@code ADMIN}, {@code OPERATOR}, ...) or a stronger one. */
    public boolean has(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            return false;
        }
        String wanted = "ROLE_" + role;
        return hierarchy.getReachableGrantedAuthorities(auth.getAuthorities()).stream()
                .map(GrantedAuthority::getAuthority)
                .anyMatch(wanted::equals);
    }

    /** Throws {@link AccessDeniedException} (403) unless the current user has the role. */
    public void require(String role, String what) {
        if (!has(role)) {
            throw new AccessDeniedException(what + " needs the role " + role + " or higher");
        }
    }
}
