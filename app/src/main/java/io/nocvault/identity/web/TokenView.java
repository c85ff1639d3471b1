package io.nocvault.identity.web;

import io.nocvault.identity.internal.ApiTokenRecord;
import java.time.Instant;

/** A personal API token as the tokens page lists it. */
record TokenView(long id, String name, String hint, String created, String expires, String lastUsed, boolean expired) {

    static TokenView of(ApiTokenRecord token, Instant now) {
        return new TokenView(
                token.id(),
                token.name(),
                token.hint(),
                Display.time(token.createdAt(), ""),
                Display.time(token.expiresAt(), "never"),
                Display.time(token.lastUsedAt(), "never"),
                token.expired(now));
    }
}
