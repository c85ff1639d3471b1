package io.nocvault.reporting.internal;

import io.nocvault.audit.RecentActions;
import io.nocvault.inventory.DeviceStatistics;
import io.nocvault.inventory.DeviceStatistics.NocCounts;
import io.nocvault.noc.NocScope;
import io.nocvault.notify.RecipientCount;
import io.nocvault.schedule.UpcomingBackups;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/** Gathers the dashboard's figures from the other modules' APIs, in the caller's listed NOCs. */
@Service
public class DashboardFigures {

    public static final int OVERVIEW_ROWS = 10;
    public static final int RECENT_ACTIONS = 10;
    public static final int MAX_TREND_DAYS = 366;

    private final DeviceStatistics devices;
    private final RecipientCount recipients;
    private final RecentActions actions;
    private final ObjectProvider<UpcomingBackups> upcoming;
    private final BackupDays backupDays;
    private final NocScope scope;
    private final Clock clock;

    DashboardFigures(
            DeviceStatistics devices,
            RecipientCount recipients,
            RecentActions actions,
            ObjectProvider<UpcomingBackups> upcoming,
            BackupDays backupDays,
            NocScope scope,
            Clock clock) {
        this.devices = devices;
        this.recipients = recipients;
        this.actions = actions;
        this.upcoming = upcoming;
        this.backupDays = backupDays;
        this.scope = scope;
        this.clock = clock;
    }

    public Dashboard dashboard() {
        Instant now = clock.instant();
        NocCounts counts = NocCounts.sum(devices.perNoc(now));
        List<Dashboard.TypeCount> types = devices.byType().entrySet().stream()
                .map(e -> new Dashboard.TypeCount(e.getKey(), e.getValue()))
                .toList();
        UpcomingBackups schedules = upcoming.getIfAvailable();
        return new Dashboard(
                now,
                Dashboard.Devices.of(counts),
                types,
                Dashboard.Health.of(counts),
                recipients.listed(),
                schedules == null ? null : schedules.next().orElse(null),
                actions.latest(RECENT_ACTIONS),
                overview(OVERVIEW_ROWS, 0, now));
    }

    /** The last {@code days} UTC days up to today, clamped to 1..{@value #MAX_TREND_DAYS}. */
    public Trends trends(int days) {
        int span = Math.clamp(days, 1, MAX_TREND_DAYS);
        LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate from = to.minusDays(span - 1L);
        return Trends.of(from, to, backupDays.days(from, to, scope.listedSqlCondition("noc_id")));
    }

    /** The health summary, per NOC and in total, at this moment. */
    public HealthReport health() {
        Instant now = clock.instant();
        List<NocCounts> perNoc = devices.perNoc(now);
        return new HealthReport(now, NocCounts.sum(perNoc), perNoc);
    }

    public List<OverviewRow> overview(int limit, long offset) {
        return overview(limit, offset, clock.instant());
    }

    private List<OverviewRow> overview(int limit, long offset, Instant now) {
        return devices.overview(limit, offset).stream()
                .map(d -> OverviewRow.of(d, now))
                .toList();
    }

    /** Device health at {@code at}: the total and one entry per NOC with devices. */
    public record HealthReport(Instant at, NocCounts total, List<NocCounts> perNoc) {}
}
