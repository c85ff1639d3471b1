package io.nocvault.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the identity module ({@code nocvault.identity.*}).
 *
 * @param lockout when failed logins lock an account
 * @param jwt the API access tokens issued by {@code POST /api/v1/auth/login}
 */
@ConfigurationProperties("nocvault.identity")
public record IdentityProperties(
        @DefaultValue Lockout lockout, @DefaultValue Jwt jwt) {

    /**
     * @param maxAttempts consecutive failed logins that lock an account (at least 1)
     * @param duration how long a lock lasts; zero or negative: until an administrator unlocks it
     */
    public record Lockout(
            @DefaultValue("5") int maxAttempts,
            @DefaultValue("15m") Duration duration) {

        public Lockout {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("nocvault.identity.lockout.max-attempts must be at least 1");
            }
        }

        /** True when a lock only ends when an administrator lifts it. */
        public boolean manualUnlockOnly() {
            return duration.isZero() || duration.isNegative();
        }
    }

    /** @param lifetime how long an issued JWT is valid */
    public record Jwt(@DefaultValue("1h") Duration lifetime) {

        public Jwt {
            if (lifetime.isZero() || lifetime.isNegative()) {
                throw new IllegalArgumentException("nocvault.identity.jwt.lifetime must be positive");
            }
        }
    }
}
