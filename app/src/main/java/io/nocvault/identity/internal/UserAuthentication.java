package io.nocvault.identity.internal;

import io.nocvault.identity.AuthenticatedUser;
import java.time.Instant;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The authentication of every logged-in request: the {@link AuthenticatedUser} as principal and its role as the
 * only authority ({@code ROLE_<role>}; the role hierarchy adds the weaker ones). Carries no credentials.
 */
public final class UserAuthentication extends AbstractAuthenticationToken {

    private final AuthenticatedUser user;
    private final boolean passwordChangeRequired;
    private final AuthMethod method;
    private final String jwtId;
    private final Instant jwtExpiresAt;

    private UserAuthentication(
            AuthenticatedUser user,
            boolean passwordChangeRequired,
            AuthMethod method,
            String jwtId,
            Instant jwtExpiresAt) {
        super(List.of(new SimpleGrantedAuthority(user.role().authority())));
        this.user = user;
        this.passwordChangeRequired = passwordChangeRequired;
        this.method = method;
        this.jwtId = jwtId;
        this.jwtExpiresAt = jwtExpiresAt;
        super.setAuthenticated(true);
    }

    public static UserAuthentication session(UserRecord user) {
        return new UserAuthentication(user.principal(), user.passwordChangeRequired(), AuthMethod.SESSION, null, null);
    }

    public static UserAuthentication jwt(UserRecord user, String jwtId, Instant expiresAt) {
        return new UserAuthentication(
                user.principal(), user.passwordChangeRequired(), AuthMethod.JWT, jwtId, expiresAt);
    }

    public static UserAuthentication apiToken(UserRecord user) {
        return new UserAuthentication(
                user.principal(), user.passwordChangeRequired(), AuthMethod.API_TOKEN, null, null);
    }

    /** The same login with the user's current name, role and password-change flag. */
    UserAuthentication refreshedWith(UserRecord current) {
        return new UserAuthentication(
                current.principal(), current.passwordChangeRequired(), method, jwtId, jwtExpiresAt);
    }

    /** True when the stored user no longer matches what this authentication says. */
    boolean outdated(UserRecord current) {
        return !user.equals(current.principal()) || passwordChangeRequired != current.passwordChangeRequired();
    }

    @Override
    public AuthenticatedUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public String getName() {
        return user.username();
    }

    @Override
    public void setAuthenticated(boolean authenticated) {
        if (authenticated) {
            throw new IllegalArgumentException("Create a new UserAuthentication instead");
        }
        super.setAuthenticated(false);
    }

    public AuthenticatedUser user() {
        return user;
    }

    public boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    public AuthMethod method() {
        return method;
    }

    /** The JWT's id for {@link AuthMethod#JWT}, else {@code null}. */
    public String jwtId() {
        return jwtId;
    }

    public Instant jwtExpiresAt() {
        return jwtExpiresAt;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserAuthentication that
                && super.equals(that)
                && method == that.method
                && passwordChangeRequired == that.passwordChangeRequired;
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
