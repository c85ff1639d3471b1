package io.nocvault.schedule.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Objects;
import org.springframework.scheduling.support.CronExpression;

/**
 * When a schedule fires, in local time of its zone. A local time that does not exist on a day (the hour skipped when
 * clocks go forward) fires as late as the gap is long (02:30 becomes 03:30); a local time that occurs twice (when
 * clocks go back) fires once, at its first occurrence. A monthly day beyond a month's length fires on the month's
 * last day. Cron expressions follow Spring's cron rules (day of month and day of week must both match), matched
 * against wall-clock time in the same way.
 *
 * @param time the time of day for {@link ScheduleKind#DAILY}, {@code WEEKLY}, {@code MONTHLY}
 * @param cron the 5-field expression for {@link ScheduleKind#CRON}
 */
public record Timing(
        ScheduleKind kind, LocalTime time, DayOfWeek dayOfWeek, Integer dayOfMonth, String cron, ZoneId zone) {

    /** Years searched ahead for a cron expression that matches rarely; beyond that it counts as never. */
    private static final int MAX_DAYS_AHEAD = 5 * 366;

    public Timing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(zone, "zone");
        switch (kind) {
            case DAILY -> Objects.requireNonNull(time, "time");
            case WEEKLY -> {
                Objects.requireNonNull(time, "time");
                Objects.requireNonNull(dayOfWeek, "dayOfWeek");
            }
            case MONTHLY -> {
                Objects.requireNonNull(time, "time");
                Objects.requireNonNull(dayOfMonth, "dayOfMonth");
            }
            case CRON -> Objects.requireNonNull(cron, "cron");
        }
    }

    /** The first fire time strictly after {@code after}, or {@code null} when there is none (a cron that never matches). */
    public Instant nextAfter(Instant after) {
        ZonedDateTime local = after.atZone(zone);
        return switch (kind) {
            case DAILY -> firstAfter(after, local.toLocalDate(), 1);
            case WEEKLY -> firstAfter(after, local.toLocalDate().with(TemporalAdjusters.previousOrSame(dayOfWeek)), 7);
            case MONTHLY -> monthlyAfter(after, YearMonth.from(local));
            case CRON -> cronAfter(after);
        };
    }

    /** How the schedule reads, e.g. {@code daily at 02:30}, {@code weekly on Monday at 23:00}. */
    public String describe() {
        return switch (kind) {
            case DAILY -> "daily at " + time;
            case WEEKLY -> "weekly on " + dayOfWeek.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " at " + time;
            case MONTHLY ->
                "monthly on day " + dayOfMonth + (dayOfMonth > 28 ? " (or the month's last day)" : "") + " at " + time;
            case CRON -> "cron " + cron;
        };
    }

    private Instant firstAfter(Instant after, LocalDate start, int stepDays) {
        for (LocalDate day = start; ; day = day.plusDays(stepDays)) {
            Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
            if (candidate.isAfter(after)) {
                return candidate;
            }
        }
    }

    private Instant monthlyAfter(Instant after, YearMonth start) {
        for (YearMonth month = start; ; month = month.plusMonths(1)) {
            LocalDate day = month.atDay(Math.min(dayOfMonth, month.lengthOfMonth()));
            Instant candidate = ZonedDateTime.of(day, time, zone).toInstant();
            if (candidate.isAfter(after)) {
                return candidate;
            }
        }
    }

    /**
     * Cron in local time: the expression is matched against wall-clock times, each converted as the other kinds do
     * (so that a repeated hour fires once and a skipped one fires late, like daily schedules).
     */
    private Instant cronAfter(Instant after) {
        CronExpression expression = CronFields.parse(cron);
        LocalDateTime local = after.atZone(zone).toLocalDateTime();
        LocalDateTime limit = local.plusDays(MAX_DAYS_AHEAD);
        while (true) {
            LocalDateTime next = expression.next(local);
            if (next == null || next.isAfter(limit)) {
                return null;
            }
            Instant candidate = ZonedDateTime.of(next, zone).toInstant();
            if (candidate.isAfter(after)) {
                return candidate;
            }
            local = next;
        }
    }
}
