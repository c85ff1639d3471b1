package io.nocvault.schedule;

import static io.nocvault.test.TestPrincipals.runAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.RunTarget;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.schedule.internal.ScheduleCommand;
import io.nocvault.schedule.internal.ScheduleDetails;
import io.nocvault.schedule.internal.ScheduleService;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Schedules fired by db-scheduler on the application database, with the test clock: the right target starts at the
 * right local time across DST changes, a missed slot runs once, disabled schedules never fire, changes take effect
 * at once.
 */
@ScheduleTest
class ScheduleFiringTest {

    static final Duration FIRE_TIMEOUT = Duration.ofSeconds(10);

    @Autowired
    ScheduleService schedules;

    @Autowired
    RecordingBackupRuns runs;

    @Autowired
    SettableClock clock;

    @Autowired
    JdbcClient jdbc;

    AuthenticatedUser head;
    long noc;

    @BeforeEach
    void setUp() {
        head = new TestPrincipals(jdbc).create(Role.HEAD_ADMIN);
        noc = new TestNocs(jdbc).create("Berlin");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    ScheduleDetails create(String name, String kind, String time, String cron, boolean enabled) {
        ScheduleCommand command = new ScheduleCommand(
                name, kind, time, null, null, cron, "Europe/Berlin", "NOCS", List.of(noc), null, enabled);
        return runAs(head, () -> schedules.create(command));
    }

    ScheduleDetails get(long id) {
        return runAs(head, () -> schedules.get(id));
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    void fireAt(String utc) {
        clock.set(Instant.parse(utc));
    }

    @Test
    void dailyScheduleFiresAtTheLocalTimeAcrossSpringForwardAndFallBack() {
        fireAt("2027-03-27T12:00:00Z");
        String name = unique("Nightly Berlin");
        ScheduleDetails s = create(name, "DAILY", "02:30", null, true);
        // 28 March 2027 02:30 does not exist in Berlin (02:00 → 03:00): fires at 03:30 CEST
        assertThat(s.nextRun()).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));

        fireAt("2027-03-28T01:29:55Z");
        Await.quietPeriod();
        assertThat(runs.bySchedule(name)).isEmpty();

        fireAt("2027-03-28T01:30:00Z");
        Await.until(
                "the first firing", FIRE_TIMEOUT, () -> runs.bySchedule(name).size() == 1);
        RecordingBackupRuns.Started first = runs.bySchedule(name).getFirst();
        assertThat(first.target()).isEqualTo(RunTarget.noc(noc));
        assertThat(first.origin().actor()).isEqualTo("schedule " + name);
        assertThat(first.at()).isAfterOrEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
        Await.until(
                "the next run",
                FIRE_TIMEOUT,
                () -> Instant.parse("2027-03-29T00:30:00Z").equals(get(s.id()).nextRun()));
        ScheduleDetails afterFirst = get(s.id());
        assertThat(afterFirst.lastRun().runId()).isEqualTo(first.runId());
        assertThat(afterFirst.lastRun().success()).isTrue();

        // the node was down from 29 March to 30 October: the missed slots run once, not once per day
        fireAt("2027-10-30T12:00:00Z");
        Await.until(
                "the catch-up firing", FIRE_TIMEOUT, () -> runs.bySchedule(name).size() == 2);
        // 31 October 2027 02:30 happens twice (CEST, then CET): the first one fires
        Await.until(
                "the fall-back slot",
                FIRE_TIMEOUT,
                () -> Instant.parse("2027-10-31T00:30:00Z").equals(get(s.id()).nextRun()));
        Await.quietPeriod();
        assertThat(runs.bySchedule(name)).hasSize(2);

        fireAt("2027-10-31T00:30:00Z");
        Await.until(
                "the fall-back firing",
                FIRE_TIMEOUT,
                () -> runs.bySchedule(name).size() == 3);
        Await.until(
                "the day after",
                FIRE_TIMEOUT,
                () -> Instant.parse("2027-11-01T01:30:00Z").equals(get(s.id()).nextRun()));

        // the repeated 02:30 (CET) does not fire again
        fireAt("2027-10-31T01:30:05Z");
        Await.quietPeriod();
        assertThat(runs.bySchedule(name)).hasSize(3);

        fireAt("2027-11-01T01:30:00Z");
        Await.until(
                "the firing in CET", FIRE_TIMEOUT, () -> runs.bySchedule(name).size() == 4);
    }

    @Test
    void disabledSchedulesNeverFire() {
        fireAt("2028-01-10T12:00:00Z");
        String off = unique("Off from the start");
        ScheduleDetails createdOff = create(off, "DAILY", "13:00", null, false);
        String switchedOff = unique("Switched off");
        ScheduleDetails s = create(switchedOff, "CRON", null, "*/5 * * * *", true);
        assertThat(createdOff.nextRun()).isNull();
        assertThat(pendingExecutions(createdOff.id())).isZero();
        assertThat(pendingExecutions(s.id())).isOne();

        runAs(head, () -> schedules.disable(s.id()));
        assertThat(pendingExecutions(s.id())).isZero();
        assertThat(get(s.id()).nextRun()).isNull();

        fireAt("2028-01-12T12:00:00Z");
        Await.quietPeriod();
        assertThat(runs.bySchedule(off)).isEmpty();
        assertThat(runs.bySchedule(switchedOff)).isEmpty();

        // enabled again, it fires from now on
        ScheduleDetails enabled = runAs(head, () -> schedules.enable(s.id()));
        assertThat(enabled.nextRun()).isEqualTo(Instant.parse("2028-01-12T12:05:00Z"));
        fireAt("2028-01-12T12:05:00Z");
        Await.until(
                "the firing after enabling",
                FIRE_TIMEOUT,
                () -> runs.bySchedule(switchedOff).size() == 1);
    }

    @Test
    void aChangedTimeTakesEffectAtOnce() {
        fireAt("2028-02-01T08:00:00Z");
        String name = unique("Moved");
        ScheduleDetails s = create(name, "DAILY", "22:00", null, true);
        assertThat(s.nextRun()).isEqualTo(Instant.parse("2028-02-01T21:00:00Z"));
        ScheduleCommand earlier = new ScheduleCommand(
                name, "DAILY", "09:15", null, null, null, "Europe/Berlin", "NOCS", List.of(noc), null, true);
        ScheduleDetails moved = runAs(head, () -> schedules.update(s.id(), earlier));
        assertThat(moved.nextRun()).isEqualTo(Instant.parse("2028-02-01T08:15:00Z"));
        assertThat(executionTime(s.id())).isEqualTo(Instant.parse("2028-02-01T08:15:00Z"));

        fireAt("2028-02-01T08:15:00Z");
        Await.until(
                "the firing at the new time",
                FIRE_TIMEOUT,
                () -> runs.bySchedule(name).size() == 1);
    }

    @Test
    void aDeletedScheduleLosesItsExecution() {
        fireAt("2028-03-01T08:00:00Z");
        String name = unique("Deleted");
        ScheduleDetails s = create(name, "DAILY", "10:00", null, true);
        assertThat(pendingExecutions(s.id())).isOne();
        runAs(head, () -> {
            schedules.delete(s.id());
            return null;
        });
        assertThat(pendingExecutions(s.id())).isZero();
        fireAt("2028-03-02T08:00:00Z");
        Await.quietPeriod();
        assertThat(runs.bySchedule(name)).isEmpty();
    }

    long pendingExecutions(long scheduleId) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = 'backup-schedule'"
                        + " and task_instance = :id")
                .param("id", String.valueOf(scheduleId))
                .query(Long.class)
                .single();
    }

    Instant executionTime(long scheduleId) {
        return jdbc.sql("select execution_time from scheduled_tasks where task_name = 'backup-schedule'"
                        + " and task_instance = :id")
                .param("id", String.valueOf(scheduleId))
                .query(java.time.OffsetDateTime.class)
                .single()
                .toInstant();
    }
}
