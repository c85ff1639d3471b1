package io.nocvault.reporting.internal;

import io.nocvault.audit.RecentActions;
import io.nocvault.inventory.DeviceStatistics.NocCounts;
import io.nocvault.schedule.UpcomingBackups.UpcomingBackup;
import java.time.Instant;
import java.util.List;

/**
 * The dashboard's figures for the caller's listed NOCs.
 *
 * @param nextBackup {@code null} when no schedule is enabled (or the schedule module is absent)
 * @param overview the first devices by NOC and hostname
 */
public record Dashboard(
        Instant generatedAt,
        Devices devices,
        List<TypeCount> byType,
        Health health,
        long recipients,
        UpcomingBackup nextBackup,
        List<RecentActions.Action> recentActions,
        List<OverviewRow> overview) {

    /** Device counts: by enabled flag and by reachability (the last ping). */
    public record Devices(long total, long enabled, long disabled, long active, long inactive, long unpinged) {

        static Devices of(NocCounts c) {
            return new Devices(c.total(), c.enabled(), c.disabled(), c.active(), c.inactive(), c.unpinged());
        }
    }

    public record TypeCount(String type, long count) {}

    /** Device health buckets by last backup (see {@code inventory.DeviceStatistics}). */
    public record Health(long healthy, long warning, long critical, long unknown) {

        public static Health of(NocCounts c) {
            return new Health(c.healthy(), c.warning(), c.critical(), c.unknown());
        }

        public long total() {
            return healthy + warning + critical + unknown;
        }
    }
}
