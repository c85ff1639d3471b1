package io.nocvault.backup.run;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nocvault.backup.run.*}: how backup runs treat devices.
 *
 * @param concurrency devices backed up at once, over every run of this node
 * @param perNoc devices of one NOC backed up at once (the NOC's jump server and links carry them)
 * @param attempts tries per device for connection failures (TCP connect, SSH handshake, lost connection, DNS)
 * @param backoff the wait before the second attempt, doubled for each further one
 * @param deviceTimeLimit the longest one device may take, every attempt included; then it fails as timed out
 */
@ConfigurationProperties("nocvault.backup.run")
record RunProperties(
        @DefaultValue("64") int concurrency,
        @DefaultValue("16") int perNoc,
        @DefaultValue("3") int attempts,
        @DefaultValue("2s") Duration backoff,
        @DefaultValue("5m") Duration deviceTimeLimit) {

    RunProperties {
        if (concurrency < 1 || perNoc < 1 || attempts < 1) {
            throw new IllegalArgumentException(
                    "nocvault.backup.run: concurrency, per-noc and attempts must be at least 1");
        }
        if (backoff.isNegative() || deviceTimeLimit.isNegative() || deviceTimeLimit.isZero()) {
            throw new IllegalArgumentException("nocvault.backup.run: backoff and device-time-limit must be positive");
        }
    }

    /** The wait before attempt {@code next} (2 = the first retry). */
    Duration backoffBefore(int next) {
        return backoff.multipliedBy(1L << Math.min(20, Math.max(0, next - 2)));
    }
}
