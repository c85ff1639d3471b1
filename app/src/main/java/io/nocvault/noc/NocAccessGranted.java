package io.nocvault.noc;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import java.util.List;

/** A user was granted access to NOCs (one event per user and change, listing the NOCs). */
public record NocAccessGranted(Origin origin, long userId, String username, List<Long> nocIds, List<String> nocNames)
        implements AuditableEvent {

    public NocAccessGranted {
        nocIds = List.copyOf(nocIds);
        nocNames = List.copyOf(nocNames);
    }

    @Override
    public String action() {
        return "noc.access.granted";
    }

    @Override
    public String target() {
        return "user " + username;
    }

    /** The NOC when exactly one was granted; {@code null} for several. */
    @Override
    public Long nocId() {
        return nocIds.size() == 1 ? nocIds.getFirst() : null;
    }

    @Override
    public String detail() {
        return "Granted " + String.join(", ", nocNames);
    }
}
