package io.nocvault.audit.internal;

import io.nocvault.audit.RecentActions;
import io.nocvault.common.Walk;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@link RecentActions} over {@link AuditQuery}, so other modules read with the audit page's scope. */
@Component
class QueryRecentActions implements RecentActions {

    private final AuditQuery query;

    QueryRecentActions(AuditQuery query) {
        this.query = query;
    }

    @Override
    public List<Action> latest(int limit) {
        return query.latest(limit).stream().map(QueryRecentActions::action).toList();
    }

    @Override
    public Walk<Action> between(Instant from, Instant until) {
        Walk<AuditEntry> entries = query.walk(new AuditFilter(null, null, null, from, until, null));
        return sink -> entries.forEach(entry -> sink.accept(action(entry)));
    }

    private static Action action(AuditEntry e) {
        return new Action(
                e.id(),
                e.time(),
                e.actor(),
                e.action(),
                e.target(),
                e.nocId(),
                e.ip(),
                e.userAgent(),
                e.success(),
                e.detail());
    }
}
