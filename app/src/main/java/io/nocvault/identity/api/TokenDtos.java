package io.nocvault.identity.api;

import io.nocvault.identity.internal.ApiTokenRecord;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of {@code /api/v1/auth/tokens}. */
final class TokenDtos {

    private TokenDtos() {}

    /** @param expiresInDays 1 to 3650, or {@code null} for no expiry */
    record CreateTokenRequest(
            @NotBlank @Size(max = 100) String name,
            @Min(1) @Max(3650) Integer expiresInDays) {}

    record TokenResponse(
            long id,
            String name,
            String hint,
            Instant createdAt,
            Instant expiresAt,
            Instant lastUsedAt,
            boolean expired) {

        static TokenResponse of(ApiTokenRecord token, Instant now) {
            return new TokenResponse(
                    token.id(),
                    token.name(),
                    token.hint(),
                    token.createdAt(),
                    token.expiresAt(),
                    token.lastUsedAt(),
                    token.expired(now));
        }
    }

    /** The answer of a creation, the only time the token itself is shown. */
    record CreatedTokenResponse(long id, String name, String hint, Instant createdAt, Instant expiresAt, String token) {

        @Override
        public String toString() {
            return "CreatedTokenResponse[" + id + "]";
        }
    }
}
