package io.nocvault.notify.internal;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Repeats of an unchanged problem (same dedup key) are not sent again within
 * {@code nocvault.notify.suppress-repeats} of the last notification. Kept in the database, so that the rule holds
 * across restarts and app nodes. A key's row remembers when its problem last occurred and when it recovered: the
 * alerts of two backup runs that end together are processed in either order, and an alert that is older than its
 * key's last change of state is stale (a failure after the recovery that followed it, a recovery after a later
 * failure) and is dropped.
 */
@Component
class Suppressions {

    /** Keeps the later of the row's last occurrence and {@code :at}. */
    private static final String LATEST_SEEN =
            " last_seen_at = case when last_seen_at is null or last_seen_at < :at then :at else last_seen_at end";

    private final JdbcClient jdbc;
    private final NotifyProperties properties;

    Suppressions(JdbcClient jdbc, NotifyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /**
     * True when the problem {@code key}, which occurred at {@code at}, should be notified now (and records that it
     * is); false: a repeat, or stale (it recovered after {@code at}; at the same instant, the one processed later
     * wins).
     */
    boolean claim(String key, Instant at, Instant now) {
        String k = key(key);
        int reopened = jdbc.sql("update notify_suppressions set notified_at = :now, last_seen_at = :at,"
                        + " recovered_at = null, suppressed = 0"
                        + " where dedup_key = :key and recovered_at is not null and recovered_at <= :at")
                .param("now", timestamp(now))
                .param("at", timestamp(at))
                .param("key", k)
                .update();
        int renewed = reopened > 0
                ? reopened
                : jdbc.sql("update notify_suppressions set notified_at = :now, suppressed = 0," + LATEST_SEEN
                                + " where dedup_key = :key and recovered_at is null and notified_at <= :cutoff")
                        .param("now", timestamp(now))
                        .param("at", timestamp(at))
                        .param("key", k)
                        .param("cutoff", timestamp(now.minus(properties.suppressRepeats())))
                        .update();
        if (renewed > 0 || insert(k, timestamp(now), timestamp(at), null)) {
            return true;
        }
        // a repeat while the problem lasts; nothing when the row says it recovered later
        jdbc.sql("update notify_suppressions set suppressed = suppressed + 1," + LATEST_SEEN
                        + " where dedup_key = :key and recovered_at is null")
                .param("at", timestamp(at))
                .param("key", k)
                .update();
        return false;
    }

    /**
     * The problem {@code key} is gone since {@code at}: its next occurrence is notified at once. True when the
     * problem had been notified and did not occur again after {@code at} (only then is its recovery news).
     */
    boolean clear(String key, Instant at) {
        String k = key(key);
        int recovered = jdbc.sql("update notify_suppressions set recovered_at = :at"
                        + " where dedup_key = :key and recovered_at is null and last_seen_at <= :at")
                .param("at", timestamp(at))
                .param("key", k)
                .update();
        if (recovered > 0) {
            return true;
        }
        // already recovered (the usual case: every successful backup reports a recovery), or not notified yet: its
        // failure may still be on its way, and is stale now
        int later = jdbc.sql("update notify_suppressions set recovered_at = :at"
                        + " where dedup_key = :key and recovered_at is not null and recovered_at < :at")
                .param("at", timestamp(at))
                .param("key", k)
                .update();
        if (later == 0) {
            insert(k, null, null, timestamp(at));
        }
        return false;
    }

    /** Inserts the key's row; false when there is one already. */
    private boolean insert(
            String key, OffsetDateTime notifiedAt, OffsetDateTime lastSeenAt, OffsetDateTime recoveredAt) {
        try {
            jdbc.sql("insert into notify_suppressions (dedup_key, notified_at, last_seen_at, recovered_at, suppressed)"
                            + " values (:key, :notified, :seen, :recovered, 0)")
                    .param("key", key)
                    .param("notified", notifiedAt, Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("seen", lastSeenAt, Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("recovered", recoveredAt, Types.TIMESTAMP_WITH_TIMEZONE)
                    .update();
            return true;
        } catch (DataIntegrityViolationException e) {
            return false;
        }
    }

    private static String key(String key) {
        return key.length() <= 300 ? key : key.substring(0, 300);
    }

    /**
     * The database keeps microseconds and rounds the rest: an instant compared with its own stored copy must compare
     * equal, so every time is cut to microseconds before it is bound.
     */
    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
    }
}
