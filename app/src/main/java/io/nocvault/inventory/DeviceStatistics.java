package io.nocvault.inventory;

import io.nocvault.common.Walk;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Aggregate figures over devices for dashboards and reports, counted in the database (fast with thousands of
 * devices). Every method covers the caller's listed NOCs ({@code NocScope.listedNocIds()}: the NOC chosen in the
 * switcher, else every visible NOC; background work sees all).
 *
 * <p>Health of a device by its last backup attempt at {@code now}: {@code unknown} never attempted, {@code healthy}
 * succeeded within 24 hours, {@code warning} attempted within 72 hours but not healthy (older success or a recent
 * failure), {@code critical} last attempt older than 72 hours.
 */
public interface DeviceStatistics {

    /** The figures of the listed NOCs, one entry per NOC that has devices, by NOC id. */
    List<NocCounts> perNoc(Instant now);

    /** The number of listed devices per device type key, largest first. */
    Map<String, Long> byType();

    /** Up to {@code limit} listed devices from {@code offset}, by NOC and hostname, for overview tables. */
    List<DeviceLine> overview(int limit, long offset);

    /** Every listed device by NOC and hostname, to be read one at a time (exports); the scope is the caller's now. */
    Walk<DeviceLine> listed();

    /** Health of one device (see the class comment). */
    static Health health(BackupStatus status, Instant lastBackupAt, Instant now) {
        if (lastBackupAt == null || status == BackupStatus.NEVER) {
            return Health.UNKNOWN;
        }
        if (status == BackupStatus.SUCCESS && !lastBackupAt.isBefore(now.minus(Health.HEALTHY_WITHIN))) {
            return Health.HEALTHY;
        }
        return lastBackupAt.isBefore(now.minus(Health.WARNING_WITHIN)) ? Health.CRITICAL : Health.WARNING;
    }

    /** Device health buckets. */
    enum Health {
        HEALTHY,
        WARNING,
        CRITICAL,
        UNKNOWN;

        public static final java.time.Duration HEALTHY_WITHIN = java.time.Duration.ofHours(24);
        public static final java.time.Duration WARNING_WITHIN = java.time.Duration.ofHours(72);
    }

    /**
     * Device figures of one NOC (or, {@link #sum summed}, of several).
     *
     * @param active answered the last ping
     * @param inactive did not answer the last ping
     * @param unpinged never pinged
     */
    record NocCounts(
            long nocId,
            long total,
            long enabled,
            long active,
            long inactive,
            long unpinged,
            long healthy,
            long warning,
            long critical,
            long unknown) {

        /** The sum of several NOCs' figures ({@code nocId} 0). */
        public static NocCounts sum(List<NocCounts> counts) {
            long[] s = new long[9];
            for (NocCounts c : counts) {
                s[0] += c.total;
                s[1] += c.enabled;
                s[2] += c.active;
                s[3] += c.inactive;
                s[4] += c.unpinged;
                s[5] += c.healthy;
                s[6] += c.warning;
                s[7] += c.critical;
                s[8] += c.unknown;
            }
            return new NocCounts(0, s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8]);
        }

        public long disabled() {
            return total - enabled;
        }
    }

    /** A device as an overview table shows it; never carries a secret. */
    record DeviceLine(
            long id,
            long nocId,
            String hostname,
            String address,
            int port,
            String deviceType,
            boolean enabled,
            Reachability reachability,
            BackupStatus lastBackupStatus,
            Instant lastBackupAt) {}
}
