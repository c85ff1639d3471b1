package io.nocvault.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Service;

/**
 * Issues and verifies the API's access tokens: HS256 JWTs with the user id as subject, a random id
 * ({@code jti}) that logout can revoke, and the configured lifetime. The role is not trusted from the token:
 * every request reads the user's current role and status.
 */
@Service
public class JwtService {

    static final String ISSUER = "nocvault";
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

    private final JwtKeyStore keys;
    private final IdentityProperties properties;
    private final Clock clock;
    private volatile JwtEncoder encoder;
    private volatile JwtDecoder decoder;

    JwtService(JwtKeyStore keys, IdentityProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    /** A signed token for this user. */
    public IssuedJwt issue(UserRecord user) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.jwt().lifetime());
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(Long.toString(user.id()))
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .notBefore(now)
                .expiresAt(expiresAt)
                .claim("username", user.username())
                .build();
        JwsHeader header = JwsHeader.with(MacAlgorithm.HS256).type("JWT").build();
        Jwt jwt = encoder().encode(JwtEncoderParameters.from(header, claims));
        return new IssuedJwt(
                jwt.getTokenValue(), jwt.getId(), expiresAt, properties.jwt().lifetime());
    }

    /**
     * Checks signature, issuer and time.
     *
     * @throws JwtException when the token is not one of ours or has expired
     */
    VerifiedJwt verify(String token) {
        Jwt jwt = decoder().decode(token);
        long userId;
        try {
            userId = Long.parseLong(jwt.getSubject());
        } catch (NumberFormatException e) {
            throw new BadJwtException("Unexpected subject");
        }
        if (jwt.getId() == null || jwt.getExpiresAt() == null) {
            throw new BadJwtException("Missing jti or exp");
        }
        return new VerifiedJwt(userId, jwt.getId(), jwt.getExpiresAt());
    }

    private JwtEncoder encoder() {
        if (encoder == null) {
            encoder = NimbusJwtEncoder.withSecretKey(keys.key()).build();
        }
        return encoder;
    }

    private JwtDecoder decoder() {
        if (decoder == null) {
            NimbusJwtDecoder built = NimbusJwtDecoder.withSecretKey(keys.key())
                    .macAlgorithm(MacAlgorithm.HS256)
                    .build();
            JwtTimestampValidator time = new JwtTimestampValidator(CLOCK_SKEW);
            time.setClock(clock);
            built.setJwtValidator(new DelegatingOAuth2TokenValidator<>(time, new JwtIssuerValidator(ISSUER)));
            decoder = built;
        }
        return decoder;
    }

    /** A token as handed to the client. @param token the compact JWT (a secret: never log it) */
    public record IssuedJwt(String token, String id, Instant expiresAt, Duration lifetime) {

        @Override
        public String toString() {
            return "IssuedJwt[" + id + "]";
        }
    }

    /** What a verified token says. */
    record VerifiedJwt(long userId, String id, Instant expiresAt) {}
}
