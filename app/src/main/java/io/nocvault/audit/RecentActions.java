package io.nocvault.audit;

import io.nocvault.common.Walk;
import java.time.Instant;
import java.util.List;

/**
 * Reads "Recent actions" for other modules (dashboard, reports) with exactly the rules of the audit page: the
 * caller's visible entries (his NOCs, the switcher's NOC, global entries by role), newest first.
 */
public interface RecentActions {

    /** The newest visible entries, at most {@code limit}. */
    List<Action> latest(int limit);

    /**
     * The visible entries in {@code [from, until)} (either bound may be {@code null}), newest first, to be read one
     * at a time; the visibility is the caller's now.
     */
    Walk<Action> between(Instant from, Instant until);

    /** One entry; {@code nocId} is {@code null} for a global action. */
    record Action(
            long id,
            Instant at,
            String actor,
            String action,
            String target,
            Long nocId,
            String ip,
            String userAgent,
            boolean success,
            String detail) {}
}
