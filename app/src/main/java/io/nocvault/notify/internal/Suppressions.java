package io.nocvault.notify.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Repeats of an unchanged problem (same dedup key) are not sent again within
 * {@code nocvault.notify.suppress-repeats} of the last notification. Kept in the database, so that the rule holds
 * across restarts and app nodes; a recovery deletes the key.
 */
@Component
class Suppressions {

    private final JdbcClient jdbc;
    private final NotifyProperties properties;

    Suppressions(JdbcClient jdbc, NotifyProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** True when the problem {@code key} should be notified now (and records that it is); false: a repeat. */
    boolean claim(String key, Instant now) {
        String k = key(key);
        int renewed = jdbc.sql("update notify_suppressions set notified_at = :now, suppressed = 0"
                        + " where dedup_key = :key and notified_at <= :cutoff")
                .param("now", timestamp(now))
                .param("key", k)
                .param("cutoff", timestamp(now.minus(properties.suppressRepeats())))
                .update();
        if (renewed > 0) {
            return true;
        }
        try {
            jdbc.sql("insert into notify_suppressions (dedup_key, notified_at, suppressed) values (:key, :now, 0)")
                    .param("key", k)
                    .param("now", timestamp(now))
                    .update();
            return true;
        } catch (DataIntegrityViolationException e) {
            jdbc.sql("update notify_suppressions set suppressed = suppressed + 1 where dedup_key = :key")
                    .param("key", k)
                    .update();
            return false;
        }
    }

    /**
     * The problem {@code key} is gone: its next occurrence is notified at once. True when the problem had been
     * notified (only then is its recovery news).
     */
    boolean clear(String key) {
        return jdbc.sql("delete from notify_suppressions where dedup_key = :key")
                        .param("key", key(key))
                        .update()
                > 0;
    }

    private static String key(String key) {
        return key.length() <= 300 ? key : key.substring(0, 300);
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
