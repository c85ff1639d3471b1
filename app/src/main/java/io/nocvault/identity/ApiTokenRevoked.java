package io.nocvault.identity;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A personal API token was revoked. */
public record ApiTokenRevoked(Origin origin, long userId, String username, long tokenId, String name)
        implements AuditableEvent {

    @Override
    public String action() {
        return "user.token.revoked";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    @Override
    public String detail() {
        return "token \"" + name + "\"";
    }
}
