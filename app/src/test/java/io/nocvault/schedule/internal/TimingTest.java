package io.nocvault.schedule.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Next fire times in local time of the schedule's zone, across DST changes (Europe/Berlin). */
class TimingTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Timing daily(String time) {
        return new Timing(ScheduleKind.DAILY, LocalTime.parse(time), null, null, null, BERLIN);
    }

    static Instant at(String utc) {
        return Instant.parse(utc);
    }

    @Test
    void dailyFiresAtTheLocalTimeBeforeAndAfterSpringForward() {
        Timing t = daily("02:30");
        // 27 March 2027, CET (UTC+1): 02:30 is 01:30 UTC
        assertThat(t.nextAfter(at("2027-03-26T12:00:00Z"))).isEqualTo(at("2027-03-27T01:30:00Z"));
        // 28 March 2027: clocks jump from 02:00 to 03:00; 02:30 does not exist and fires at 03:30 CEST
        assertThat(t.nextAfter(at("2027-03-27T01:30:00Z"))).isEqualTo(at("2027-03-28T01:30:00Z"));
        // 29 March 2027, CEST (UTC+2): 02:30 is 00:30 UTC
        assertThat(t.nextAfter(at("2027-03-28T01:30:00Z"))).isEqualTo(at("2027-03-29T00:30:00Z"));
    }

    @Test
    void dailyFiresOnceWhenTheLocalTimeOccursTwiceAtFallBack() {
        Timing t = daily("02:30");
        // 31 October 2027: 02:30 happens at 00:30 UTC (CEST) and again at 01:30 UTC (CET); the first one fires
        Instant first = t.nextAfter(at("2027-10-30T12:00:00Z"));
        assertThat(first).isEqualTo(at("2027-10-31T00:30:00Z"));
        // and the next is the following day in CET, not the repeated hour
        assertThat(t.nextAfter(first)).isEqualTo(at("2027-11-01T01:30:00Z"));
    }

    @Test
    void aTimeOutsideTheChangedHourIsTheSameWallClockTimeOnBothSides() {
        Timing t = daily("23:00");
        assertThat(t.nextAfter(at("2027-03-27T12:00:00Z"))).isEqualTo(at("2027-03-27T22:00:00Z"));
        assertThat(t.nextAfter(at("2027-03-28T12:00:00Z"))).isEqualTo(at("2027-03-28T21:00:00Z"));
    }

    @Test
    void weeklyFiresOnItsDay() {
        Timing t = new Timing(ScheduleKind.WEEKLY, LocalTime.of(1, 15), DayOfWeek.MONDAY, null, null, BERLIN);
        // Wednesday 2 December 2026 → Monday 7 December 01:15 CET
        assertThat(t.nextAfter(at("2026-12-02T10:00:00Z"))).isEqualTo(at("2026-12-07T00:15:00Z"));
        // on Monday before the time: the same day; after it: a week later
        assertThat(t.nextAfter(at("2026-12-07T00:00:00Z"))).isEqualTo(at("2026-12-07T00:15:00Z"));
        assertThat(t.nextAfter(at("2026-12-07T00:15:00Z"))).isEqualTo(at("2026-12-14T00:15:00Z"));
    }

    @Test
    void weeklyAcrossSpringForwardKeepsTheLocalTime() {
        Timing t = new Timing(ScheduleKind.WEEKLY, LocalTime.of(9, 0), DayOfWeek.FRIDAY, null, null, BERLIN);
        assertThat(t.nextAfter(at("2027-03-19T08:00:00Z"))).isEqualTo(at("2027-03-26T08:00:00Z"));
        assertThat(t.nextAfter(at("2027-03-26T08:00:00Z"))).isEqualTo(at("2027-04-02T07:00:00Z"));
    }

    @Test
    void monthlyUsesTheLastDayOfShorterMonths() {
        Timing t = new Timing(ScheduleKind.MONTHLY, LocalTime.of(3, 0), null, 31, null, ZoneId.of("UTC"));
        assertThat(t.nextAfter(at("2027-01-31T03:00:00Z"))).isEqualTo(at("2027-02-28T03:00:00Z"));
        assertThat(t.nextAfter(at("2027-02-28T03:00:00Z"))).isEqualTo(at("2027-03-31T03:00:00Z"));
        assertThat(t.nextAfter(at("2027-03-31T03:00:00Z"))).isEqualTo(at("2027-04-30T03:00:00Z"));
        Timing leap = new Timing(ScheduleKind.MONTHLY, LocalTime.of(3, 0), null, 30, null, ZoneId.of("UTC"));
        assertThat(leap.nextAfter(at("2028-01-30T03:00:00Z"))).isEqualTo(at("2028-02-29T03:00:00Z"));
    }

    @Test
    void monthlyOnTheFirstFiresLaterTheSameMonthOrNext() {
        Timing t = new Timing(ScheduleKind.MONTHLY, LocalTime.of(4, 30), null, 1, null, BERLIN);
        assertThat(t.nextAfter(at("2026-12-02T00:00:00Z"))).isEqualTo(at("2027-01-01T03:30:00Z"));
        assertThat(t.nextAfter(at("2026-11-30T12:00:00Z"))).isEqualTo(at("2026-12-01T03:30:00Z"));
    }

    @Test
    void cronFiresInTheScheduleZone() {
        Timing weekdays = new Timing(ScheduleKind.CRON, null, null, null, "30 2 * * 1-5", BERLIN);
        // Friday 26 March 2027 02:30 CET, then Monday 29 March 02:30 CEST
        assertThat(weekdays.nextAfter(at("2027-03-25T12:00:00Z"))).isEqualTo(at("2027-03-26T01:30:00Z"));
        assertThat(weekdays.nextAfter(at("2027-03-26T01:30:00Z"))).isEqualTo(at("2027-03-29T00:30:00Z"));
        Timing quarterHours = new Timing(ScheduleKind.CRON, null, null, null, "*/15 * * * *", ZoneId.of("UTC"));
        assertThat(quarterHours.nextAfter(at("2027-01-01T10:07:00Z"))).isEqualTo(at("2027-01-01T10:15:00Z"));
        Timing firstSunday = new Timing(ScheduleKind.CRON, null, null, null, "0 4 1-7 * SUN", ZoneId.of("UTC"));
        assertThat(firstSunday.nextAfter(at("2027-01-01T00:00:00Z"))).isEqualTo(at("2027-01-03T04:00:00Z"));
    }

    @Test
    void cronAcrossFallBackFiresTheRepeatedHourOnce() {
        Timing t = new Timing(ScheduleKind.CRON, null, null, null, "30 2 * * *", BERLIN);
        Instant first = t.nextAfter(at("2027-10-30T12:00:00Z"));
        assertThat(first).isEqualTo(at("2027-10-31T00:30:00Z"));
        assertThat(t.nextAfter(first)).isEqualTo(at("2027-11-01T01:30:00Z"));
    }

    @Test
    void frequentCronNeitherRepeatsNorDoublesAroundTheChanges() {
        Timing t = new Timing(ScheduleKind.CRON, null, null, null, "*/30 * * * *", BERLIN);
        // fall back: after 02:30 CEST comes 03:00 CET; the repeated 02:00 and 02:30 CET do not fire
        assertThat(t.nextAfter(at("2027-10-31T00:30:00Z"))).isEqualTo(at("2027-10-31T02:00:00Z"));
        // spring forward: 02:00 does not exist and fires at 03:00 CEST, then 03:30 CEST, once each
        assertThat(t.nextAfter(at("2027-03-28T00:30:00Z"))).isEqualTo(at("2027-03-28T01:00:00Z"));
        assertThat(t.nextAfter(at("2027-03-28T01:00:00Z"))).isEqualTo(at("2027-03-28T01:30:00Z"));
    }

    @Test
    void cronThatNeverMatchesHasNoNextTime() {
        Timing t = new Timing(ScheduleKind.CRON, null, null, null, "0 0 30 2 *", ZoneId.of("UTC"));
        assertThat(t.nextAfter(at("2027-01-01T00:00:00Z"))).isNull();
    }

    @Test
    void cronFieldsAreChecked() {
        assertThat(CronFields.problem("30 2 * * *")).isEmpty();
        assertThat(CronFields.problem("0 2 * * MON-FRI")).isEmpty();
        assertThat(CronFields.problem("0 0 2 * * *"))
                .contains("A cron expression has 5 fields (minute hour day-of-month month day-of-week), not 6");
        assertThat(CronFields.problem("61 2 * * *")).contains("The minute field is not valid");
        assertThat(CronFields.problem("0 2 * * funday")).contains("The day of week field is not valid");
        assertThat(CronFields.problem(" ")).isPresent();
    }

    @Test
    void describesTheTimingInWords() {
        assertThat(daily("02:30").describe()).isEqualTo("daily at 02:30");
        assertThat(new Timing(ScheduleKind.WEEKLY, LocalTime.of(23, 0), DayOfWeek.MONDAY, null, null, BERLIN)
                        .describe())
                .isEqualTo("weekly on Monday at 23:00");
        assertThat(new Timing(ScheduleKind.CRON, null, null, null, "30 2 * * 1-5", BERLIN).describe())
                .isEqualTo("cron 30 2 * * 1-5");
    }
}
