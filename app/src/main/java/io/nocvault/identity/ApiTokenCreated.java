package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import java.time.Instant;

/** A user created a personal API token (the event never carries the token). */
public record ApiTokenCreated(Origin origin, long userId, String username, long tokenId, String name, Instant expiresAt)
        implements AuditableEvent {

    @Override
    public String action() {
        return "user.token.created";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public String detail() {
        return "token \"" + name + "\"" + (expiresAt == null ? ", no expiry" : ", expires " + expiresAt);
    }
}
