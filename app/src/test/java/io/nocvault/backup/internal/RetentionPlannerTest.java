package io.nocvault.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.KeepWithin;
import io.nocvault.backup.RetentionDecision;
import io.nocvault.backup.RetentionPolicy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** restic's forget semantics, including the examples of restic's documentation. */
class RetentionPlannerTest {

    static final ZoneId UTC = ZoneOffset.UTC;
    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    RetentionPlanner planner = new RetentionPlanner(UTC);

    @Test
    void resticExampleTwelveSundaysKeepDailyFour() {
        List<RetentionPlanner.Candidate> sundays = new ArrayList<>();
        LocalDate day = LocalDate.of(2019, 9, 1);
        for (int i = 0; i < 12; i++) {
            sundays.add(at(i + 1, day.plusWeeks(i).atTime(11, 0)));
        }

        List<RetentionDecision> plan = planner.plan(sundays, policy(0, 0, 4, 0, 0, 0, ""), NOW);

        assertThat(keptDays(plan)).containsExactly("2019-11-17", "2019-11-10", "2019-11-03", "2019-10-27");
        assertThat(plan)
                .filteredOn(RetentionDecision::keep)
                .allMatch(d -> d.reasons().contains("daily"));
        assertThat(plan)
                .filteredOn(d -> !d.keep())
                .hasSize(8)
                .allMatch(d -> d.reasons().isEmpty());
    }

    @Test
    void resticExampleDailyWeeklyMonthlyYearlyAreCountedIndependently() {
        List<RetentionPlanner.Candidate> daily = dailyBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 12, 31));

        List<RetentionDecision> plan = planner.plan(daily, policy(0, 0, 7, 5, 12, 75, ""), NOW);

        Map<String, RetentionDecision> byDay = byDay(plan);
        // 7 dailies (Dec 25-31); weekly adds Dec 18, 11, 4 (Dec 31 and 25 are dailies already); monthly adds the
        // last day of Jan..Nov 2022; yearly adds Dec 31 of 2021 and 2020 and, with counts left, the oldest version
        assertThat(plan.stream().filter(RetentionDecision::keep)).hasSize(7 + 3 + 11 + 2 + 1);
        assertThat(byDay.get("2022-12-31").reasons())
                .containsExactly("latest version", "daily", "weekly", "monthly", "yearly");
        assertThat(byDay.get("2022-12-25").reasons()).containsExactly("daily", "weekly");
        assertThat(byDay.get("2022-12-18").reasons()).containsExactly("weekly");
        assertThat(byDay.get("2022-12-04").reasons()).containsExactly("weekly");
        assertThat(byDay.get("2022-11-27").keep()).isFalse();
        assertThat(byDay.get("2022-01-31").reasons()).containsExactly("monthly");
        assertThat(byDay.get("2021-12-31").reasons()).containsExactly("yearly");
        assertThat(byDay.get("2021-11-30").keep()).isFalse();
        assertThat(byDay.get("2020-12-31").reasons()).containsExactly("yearly");
        assertThat(byDay.get("2020-01-01").reasons()).containsExactly("oldest yearly");
    }

    @Test
    void theNewestVersionOfAPeriodIsKept() {
        List<RetentionPlanner.Candidate> versions = List.of(
                at(1, LocalDateTime.of(2024, 5, 1, 8, 0)),
                at(2, LocalDateTime.of(2024, 5, 1, 20, 0)),
                at(3, LocalDateTime.of(2024, 5, 2, 9, 0)),
                at(4, LocalDateTime.of(2024, 5, 2, 10, 0)));

        List<RetentionDecision> plan = planner.plan(versions, policy(0, 0, 2, 0, 0, 0, ""), NOW);

        assertThat(keptIds(plan)).containsExactly(4L, 2L);
    }

    @Test
    void theOldestVersionIsKeptWhileARuleHasCountsLeft() {
        List<RetentionPlanner.Candidate> versions = List.of(
                at(1, LocalDateTime.of(2024, 5, 1, 8, 0)),
                at(2, LocalDateTime.of(2024, 5, 1, 20, 0)),
                at(3, LocalDateTime.of(2024, 5, 2, 9, 0)),
                at(4, LocalDateTime.of(2024, 5, 3, 10, 0)));

        List<RetentionDecision> plan = planner.plan(versions, policy(0, 0, 5, 0, 0, 0, ""), NOW);

        assertThat(keptIds(plan)).containsExactly(4L, 3L, 2L, 1L);
        assertThat(plan.get(3).reasons()).containsExactly("oldest daily");
    }

    @Test
    void tiesOnTheSameInstantKeepTheLaterRecordedVersion() {
        Instant same = Instant.parse("2024-06-01T12:00:00Z");
        List<RetentionPlanner.Candidate> versions = List.of(
                new RetentionPlanner.Candidate(7, same),
                new RetentionPlanner.Candidate(9, same),
                new RetentionPlanner.Candidate(3, same.minusSeconds(86_400 * 3)));

        List<RetentionDecision> plan = planner.plan(versions, policy(1, 0, 0, 0, 0, 0, ""), NOW);

        assertThat(plan).extracting(RetentionDecision::versionId).containsExactly(9L, 7L, 3L);
        assertThat(keptIds(plan)).containsExactly(9L);
        assertThat(plan.getFirst().reasons()).containsExactly("latest version", "last");
    }

    @Test
    void daysAreCountedInTheConfiguredZone() {
        List<RetentionPlanner.Candidate> versions = List.of(
                new RetentionPlanner.Candidate(1, Instant.parse("2024-03-09T12:00:00Z")),
                new RetentionPlanner.Candidate(2, Instant.parse("2024-03-10T23:30:00Z")),
                new RetentionPlanner.Candidate(3, Instant.parse("2024-03-11T00:30:00Z")));
        RetentionPolicy twoDays = policy(0, 0, 2, 0, 0, 0, "");

        List<RetentionDecision> utc = planner.plan(versions, twoDays, NOW);
        List<RetentionDecision> newYork =
                new RetentionPlanner(ZoneId.of("America/New_York")).plan(versions, twoDays, NOW);

        assertThat(keptIds(utc)).containsExactly(3L, 2L);
        assertThat(keptIds(newYork)).containsExactly(3L, 1L);
    }

    @Test
    void weeksAreIsoWeeksFromMondayToSunday() {
        List<RetentionPlanner.Candidate> versions = List.of(
                at(1, LocalDateTime.of(2024, 1, 6, 12, 0)), // Saturday, week 1
                at(2, LocalDateTime.of(2024, 1, 7, 12, 0)), // Sunday, week 1
                at(3, LocalDateTime.of(2024, 1, 8, 12, 0))); // Monday, week 2

        List<RetentionDecision> plan = planner.plan(versions, policy(0, 0, 0, 2, 0, 0, ""), NOW);

        assertThat(keptIds(plan)).containsExactly(3L, 2L);
    }

    @Test
    void keepWithinCountsBackFromTheLatestVersionNotFromNow() {
        List<RetentionPlanner.Candidate> daily = dailyBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 10));

        List<RetentionDecision> plan = planner.plan(daily, policy(0, 0, 0, 0, 0, 0, "3d"), NOW);

        assertThat(keptDays(plan)).containsExactly("2021-01-10", "2021-01-09", "2021-01-08");
        assertThat(plan.get(1).reasons()).containsExactly("within 3d");
    }

    @Test
    void keepWithinIgnoresVersionsFromTheFutureAsLatest() {
        List<RetentionPlanner.Candidate> versions = List.of(
                new RetentionPlanner.Candidate(1, Instant.parse("2029-12-20T00:00:00Z")),
                new RetentionPlanner.Candidate(2, Instant.parse("2029-12-30T00:00:00Z")),
                new RetentionPlanner.Candidate(3, Instant.parse("2031-06-01T00:00:00Z")));

        List<RetentionDecision> plan = planner.plan(versions, policy(0, 0, 0, 0, 0, 0, "2d"), NOW);

        assertThat(keptIds(plan)).containsExactly(3L, 2L);
    }

    @Test
    void keepWithinUsesCalendarMonths() {
        List<RetentionPlanner.Candidate> versions = List.of(
                at(1, LocalDateTime.of(2024, 2, 28, 12, 0)),
                at(2, LocalDateTime.of(2024, 2, 29, 13, 0)),
                at(3, LocalDateTime.of(2024, 3, 31, 12, 0)));

        List<RetentionDecision> plan = planner.plan(versions, policy(0, 0, 0, 0, 0, 0, "1m"), NOW);

        assertThat(keptIds(plan)).containsExactly(3L, 2L);
    }

    @Test
    void unlimitedKeepsOnePerPeriodForever() {
        List<RetentionPlanner.Candidate> daily = dailyBetween(LocalDate.of(2020, 1, 15), LocalDate.of(2022, 6, 14));

        List<RetentionDecision> plan = planner.plan(daily, policy(0, 0, 0, 0, RetentionPolicy.UNLIMITED, 0, ""), NOW);

        // the last day of every month from Jan 2020 to May 2022, June 14 2022, and the oldest version
        assertThat(plan.stream().filter(RetentionDecision::keep)).hasSize(29 + 1 + 1);
    }

    @Test
    void keepLastKeepsTheNewestVersions() {
        List<RetentionPlanner.Candidate> daily = dailyBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 5));

        List<RetentionDecision> plan = planner.plan(daily, policy(3, 0, 0, 0, 0, 0, ""), NOW);

        assertThat(keptDays(plan)).containsExactly("2021-01-05", "2021-01-04", "2021-01-03");
    }

    @Test
    void aPolicyWithoutRulesKeepsEverythingAndTheLatestAlwaysStays() {
        List<RetentionPlanner.Candidate> daily = dailyBetween(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 1, 5));

        List<RetentionDecision> none = planner.plan(daily, policy(0, 0, 0, 0, 0, 0, ""), NOW);
        List<RetentionDecision> hourly = planner.plan(daily, policy(0, 1, 0, 0, 0, 0, ""), NOW);

        assertThat(none)
                .allMatch(RetentionDecision::keep)
                .allMatch(d -> d.reasons().contains("no retention rule"));
        assertThat(keptDays(hourly)).containsExactly("2021-01-05");
        assertThat(hourly.getFirst().reasons()).containsExactly("latest version", "hourly");
        assertThat(planner.plan(List.of(), policy(1, 0, 0, 0, 0, 0, ""), NOW)).isEmpty();
    }

    @Test
    void keepWithinParsesResticDurations() {
        assertThat(KeepWithin.parse("2y5m7d3h")).isEqualTo(new KeepWithin(2, 5, 7, 3));
        assertThat(KeepWithin.parse("30d").toString()).isEqualTo("30d");
        assertThat(KeepWithin.parse(" ")).isEqualTo(KeepWithin.NONE);
        assertThat(policy(10, 0, 30, 0, -1, 0, "1y").describe())
                .isEqualTo("last 10, daily 30, monthly unlimited, within 1y");
        for (String bad : new String[] {"1w", "d", "5d1y", "-3d", "10 days"}) {
            org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                    .isThrownBy(() -> KeepWithin.parse(bad));
        }
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> policy(-2, 0, 0, 0, 0, 0, ""));
    }

    static RetentionPolicy policy(int last, int hourly, int daily, int weekly, int monthly, int yearly, String within) {
        return new RetentionPolicy(last, hourly, daily, weekly, monthly, yearly, KeepWithin.parse(within));
    }

    static RetentionPlanner.Candidate at(long id, LocalDateTime time) {
        return new RetentionPlanner.Candidate(id, time.toInstant(ZoneOffset.UTC));
    }

    static List<RetentionPlanner.Candidate> dailyBetween(LocalDate first, LocalDate last) {
        List<RetentionPlanner.Candidate> versions = new ArrayList<>();
        long id = 1;
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            versions.add(at(id++, day.atTime(2, 0)));
        }
        return versions;
    }

    static List<Long> keptIds(List<RetentionDecision> plan) {
        return plan.stream()
                .filter(RetentionDecision::keep)
                .map(RetentionDecision::versionId)
                .toList();
    }

    static List<String> keptDays(List<RetentionDecision> plan) {
        return plan.stream()
                .filter(RetentionDecision::keep)
                .map(d -> d.firstSeen().atZone(UTC).toLocalDate().toString())
                .toList();
    }

    static Map<String, RetentionDecision> byDay(List<RetentionDecision> plan) {
        return plan.stream()
                .collect(Collectors.toMap(
                        d -> d.firstSeen().atZone(UTC).toLocalDate().toString(), Function.identity()));
    }
}
