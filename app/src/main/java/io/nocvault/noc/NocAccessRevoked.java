package io.nocvault.noc;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import java.util.List;

/** A user's access to NOCs was revoked (one event per user and change, listing the NOCs). */
public record NocAccessRevoked(Origin origin, long userId, String username, List<Long> nocIds, List<String> nocNames)
        implements AuditableEvent {

    public NocAccessRevoked {
        nocIds = List.copyOf(nocIds);
        nocNames = List.copyOf(nocNames);
    }

    @Override
    public String action() {
        return "noc.access.revoked";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    /** The NOC when exactly one was revoked; {@code null} for several. */
    @Override
    public Long nocId() {
        return nocIds.size() == 1 ? nocIds.getFirst() : null;
    }

    @Override
    public String detail() {
        return "Revoked " + String.join(", ", nocNames);
    }
}
