package io.nocvault.identity.internal;

import java.time.Instant;

/**
 * A personal API token as stored: its hash stays in the database, only a short hint is shown.
 *
 * @param hint the prefix and first characters, e.g. {@code nvt_Ab3x…}, to recognise a token in a list
 */
public record ApiTokenRecord(
        long id, long userId, String name, String hint, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

    public boolean expired(Instant now) {
        return expiresAt != null && !expiresAt.isAfter(now);
    }
}
