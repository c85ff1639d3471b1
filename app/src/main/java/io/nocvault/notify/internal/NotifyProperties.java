package io.nocvault.notify.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the notify module ({@code nocvault.notify.*}).
 *
 * @param suppressRepeats how long a repeat of the same problem (same dedup key) is not sent again
 * @param batchWindow how long alerts of one batch are collected before the summary goes out (unless flushed)
 * @param maxAttempts attempts per delivery before it is marked failed (at least 1)
 * @param backoff the wait before the first retry; doubled for every further retry
 * @param timeout the longest one attempt may take (connect, send and answer)
 * @param maxConcurrent deliveries in flight at once
 */
@ConfigurationProperties("nocvault.notify")
public record NotifyProperties(
        @DefaultValue("1h") Duration suppressRepeats,
        @DefaultValue("30s") Duration batchWindow,
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("10s") Duration backoff,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("8") int maxConcurrent) {

    public NotifyProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("nocvault.notify.max-attempts must be at least 1");
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("nocvault.notify.max-concurrent must be at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1} after {@code attempt} failed (1-based). */
    public Duration backoffAfter(int attempt) {
        return backoff.multipliedBy(1L << Math.min(attempt - 1, 16));
    }
}
