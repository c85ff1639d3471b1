package io.nocvault.identity.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

/**
 * {@code Authorization: Bearer} with either a personal API token ({@code nvt_…}) or a JWT from the login endpoint.
 * Each request reads the user: a suspended or deleted user's tokens stop working at once, and a changed role
 * applies at once.
 */
class BearerAuthenticationProvider implements AuthenticationProvider {

    private final JwtService jwts;
    private final RevokedJwtStore revokedJwts;
    private final ApiTokenService apiTokens;
    private final UserStore users;

    BearerAuthenticationProvider(
            JwtService jwts, RevokedJwtStore revokedJwts, ApiTokenService apiTokens, UserStore users) {
        this.jwts = jwts;
        this.revokedJwts = revokedJwts;
        this.apiTokens = apiTokens;
        this.users = users;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String token = ((BearerTokenAuthenticationToken) authentication).getToken();
        if (token.startsWith(ApiTokenService.PREFIX)) {
            ApiTokenRecord record = apiTokens
                    .authenticate(token)
                    .orElseThrow(() -> new InvalidBearerTokenException("Unknown, revoked or expired API token"));
            return UserAuthentication.apiToken(activeUser(record.userId()));
        }
        JwtService.VerifiedJwt jwt;
        try {
            jwt = jwts.verify(token);
        } catch (JwtException e) {
            throw new InvalidBearerTokenException("Invalid or expired access token");
        }
        if (revokedJwts.revoked(jwt.id())) {
            throw new InvalidBearerTokenException("This access token was revoked by a logout");
        }
        return UserAuthentication.jwt(activeUser(jwt.userId()), jwt.id(), jwt.expiresAt());
    }

    private UserRecord activeUser(long id) {
        return users.find(id)
                .filter(UserRecord::active)
                .orElseThrow(() -> new InvalidBearerTokenException("The token's user is suspended or was deleted"));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return BearerTokenAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
