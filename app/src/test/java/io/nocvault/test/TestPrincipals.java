package io.nocvault.test;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Principals for tests, lighter than {@link TestUsers} (which logs in for real): rows in the {@code users} table
 * (unique names, so that tests sharing a context do not collide) and the authentication the application sees for
 * them, for MockMvc requests ({@link #as}) or code run directly ({@link #runAs}).
 */
public final class TestPrincipals {

    /** A bcrypt hash that matches no password anyone types: these users are never logged in by form. */
    private static final String UNUSABLE_HASH = "$2a$10$" + "x".repeat(53);

    private final JdbcClient jdbc;

    public TestPrincipals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new active user with the role, named {@code <role>-<random>}. */
    public AuthenticatedUser create(Role role) {
        return create(role.name().toLowerCase(Locale.ROOT).replace('_', '-'), role);
    }

    /** A new active user named {@code <prefix>-<random>}. */
    public AuthenticatedUser create(String prefix, Role role) {
        String username = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                        insert into users (username, email, full_name, role, status, password_hash, created_at)
                        values (:username, :email, :fullName, :role, 'ACTIVE', :hash, :now)
                        """)
                .param("username", username)
                .param("email", username + "@example.com")
                .param("fullName", "Test " + username)
                .param("role", role.name())
                .param("hash", UNUSABLE_HASH)
                .param("now", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                .update();
        long id = jdbc.sql("select id from users where username = :username")
                .param("username", username)
                .query(Long.class)
                .single();
        return new AuthenticatedUser(id, username, role);
    }

    /** The authentication the application gives a logged-in user. */
    public static Authentication authentication(AuthenticatedUser user) {
        return new UsernamePasswordAuthenticationToken(
                user, null, List.of(new SimpleGrantedAuthority(user.role().authority())));
    }

    /** Authenticates a MockMvc request as {@code user}. */
    public static RequestPostProcessor as(AuthenticatedUser user) {
        return SecurityMockMvcRequestPostProcessors.authentication(authentication(user));
    }

    /** Runs {@code work} on this thread as {@code user} (outside any HTTP request), then restores the context. */
    public static <T> T runAs(AuthenticatedUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication(user));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
