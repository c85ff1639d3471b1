package io.nocvault.identity.internal;

import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import io.nocvault.identity.ApiTokenCreated;
import io.nocvault.identity.ApiTokenRevoked;
import io.nocvault.identity.AuthenticatedUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: {@value #PREFIX} followed by 256 random bits (base64url). Only the SHA-256 of a token is
 * stored, so the token is shown once, when it is created. A token acts as its user, with the user's current role.
 */
@Service
public class ApiTokenService {

    public static final String PREFIX = "nvt_";
    public static final int MAX_EXPIRY_DAYS = 3650;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore tokens;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ApiTokenService(ApiTokenStore tokens, ApplicationEventPublisher events, Clock clock) {
        this.tokens = tokens;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates a token for the user.
     *
     * @param expiresInDays 1 to {@value #MAX_EXPIRY_DAYS}, or {@code null} for a token that does not expire
     */
    @Transactional
    public CreatedApiToken create(AuthenticatedUser owner, String name, Integer expiresInDays) {
        if (expiresInDays != null && (expiresInDays < 1 || expiresInDays > MAX_EXPIRY_DAYS)) {
            throw new InvalidFieldException("expiresInDays", "Use 1 to " + MAX_EXPIRY_DAYS + " days, or none");
        }
        if (name == null || name.isBlank() || name.strip().length() > 100) {
            throw new InvalidFieldException("name", "Give the token a name of at most 100 characters");
        }
        String cleanName = name.strip();
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        Instant expiresAt = expiresInDays == null ? null : now.plus(Duration.ofDays(expiresInDays));
        String hint = token.substring(0, PREFIX.length() + 4) + "…";
        long id = tokens.insert(owner.id(), cleanName, sha256(token), hint, now, expiresAt);
        events.publishEvent(
                new ApiTokenCreated(Origin.current(), owner.id(), owner.username(), id, cleanName, expiresAt));
        return new CreatedApiToken(tokens.find(id).orElseThrow(), token);
    }

    public List<ApiTokenRecord> list(AuthenticatedUser owner) {
        return tokens.listFor(owner.id());
    }

    /** Revokes one of the owner's tokens; another user's token is not found. */
    @Transactional
    public void revoke(AuthenticatedUser owner, long tokenId) {
        ApiTokenRecord token = tokens.find(tokenId)
                .filter(t -> t.userId() == owner.id())
                .orElseThrow(() -> new NotFoundException("API token", tokenId));
        tokens.delete(tokenId);
        events.publishEvent(new ApiTokenRevoked(Origin.current(), owner.id(), owner.username(), tokenId, token.name()));
    }

    /** The token's record when the token is known and not expired; records the use. */
    Optional<ApiTokenRecord> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiTokenRecord> found = tokens.findByHash(sha256(token)).filter(t -> !t.expired(now));
        found.ifPresent(t -> tokens.touch(t.id(), now));
        return found;
    }

    public Instant now() {
        return clock.instant();
    }

    static String sha256(String token) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A new token with its value, which exists only in this object and the response that shows it once. */
    public record CreatedApiToken(ApiTokenRecord record, String token) {

        @Override
        public String toString() {
            return "CreatedApiToken[" + record.id() + "]";
        }
    }
}
