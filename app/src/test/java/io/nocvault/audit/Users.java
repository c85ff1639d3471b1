package io.nocvault.audit;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for tests, the way the identity module's login will present them. */
public final class Users {

    private Users() {}

    public static AuthenticatedUser user(Role role) {
        return new AuthenticatedUser(Unique.nocId(), Unique.name(role.name().toLowerCase()), role);
    }

    public static Authentication authentication(AuthenticatedUser user) {
        return new UsernamePasswordAuthenticationToken(
                user, null, List.of(new SimpleGrantedAuthority(user.role().authority())));
    }

    /** For MockMvc requests. */
    public static RequestPostProcessor as(AuthenticatedUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(user));
    }

    /** For calls on this thread; undo with {@link #signOut()}. */
    public static void signIn(AuthenticatedUser user) {
        SecurityContextHolder.getContext().setAuthentication(authentication(user));
    }

    /** The user signed in on this thread by {@link #signIn}. */
    public static AuthenticatedUser current() {
        return (AuthenticatedUser)
                SecurityContextHolder.getContext().getAuthentication().getPrincipal();
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
