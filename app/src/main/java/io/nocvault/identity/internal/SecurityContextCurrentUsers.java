package io.nocvault.identity.internal;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.CurrentUsers;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Reads the {@link AuthenticatedUser} principal from Spring Security's context. */
@Component
class SecurityContextCurrentUsers implements CurrentUsers {

    @Override
    public Optional<AuthenticatedUser> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AuthenticatedUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }
}
