package io.nocvault.schedule.internal;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient.ScheduleOptions;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps db-scheduler's executions in step with the schedules: each enabled schedule has one pending execution at its
 * next fire time, a disabled or deleted one has none. Called inside the transaction that saves the schedule, so both
 * commit together and a change takes effect at once. An execution that runs at that moment is left alone: when it
 * completes it reads the schedule again and reschedules itself accordingly.
 */
@Component
class ScheduleTrigger {

    private static final Logger log = LoggerFactory.getLogger(ScheduleTrigger.class);

    /** How soon after start the ping test first runs (or the interval, when that is shorter). */
    static final Duration FIRST_PING_DELAY = Duration.ofSeconds(30);

    private final Scheduler scheduler;
    private final CustomTask<Void> backupTask;
    private final CustomTask<Void> pingTask;
    private final ScheduleStore store;
    private final Clock clock;
    private final Duration pingInterval;

    ScheduleTrigger(
            Scheduler scheduler,
            @Qualifier("backupScheduleTask") CustomTask<Void> backupTask,
            @Qualifier("pingTestTask") CustomTask<Void> pingTask,
            ScheduleStore store,
            Clock clock,
            @Value("${nocvault.inventory.ping.interval:5m}") Duration pingInterval) {
        this.scheduler = scheduler;
        this.backupTask = backupTask;
        this.pingTask = pingTask;
        this.store = store;
        this.clock = clock;
        this.pingInterval = pingInterval;
    }

    /** The schedule fires next at {@code next}; {@code null}: it does not fire (disabled, deleted, never). */
    void plan(long scheduleId, Instant next) {
        TaskInstance<Void> instance = backupTask.instance(String.valueOf(scheduleId));
        Optional<ScheduledExecution<Object>> pending = scheduler.getScheduledExecution(instance);
        if (pending.isPresent() && pending.get().isPicked()) {
            log.debug("Schedule {} is firing now; it reschedules itself when done", scheduleId);
            return;
        }
        if (next == null) {
            pending.ifPresent(p -> scheduler.cancel(instance));
        } else {
            scheduler.schedule(instance, next, ScheduleOptions.WHEN_EXISTS_RESCHEDULE);
        }
    }

    /**
     * At start: every enabled schedule without a pending execution gets one; the ping test follows its setting, and
     * without a pending execution (a fresh install, or the test was off) it runs shortly after start on one node.
     */
    void reconcile() {
        Instant now = clock.instant();
        for (long id : store.enabledIds()) {
            TaskInstance<Void> instance = backupTask.instance(String.valueOf(id));
            if (scheduler.getScheduledExecution(instance).isEmpty()) {
                store.find(id).ifPresent(row -> {
                    Instant next = row.timing().nextAfter(now);
                    store.setNext(id, next);
                    if (next != null) {
                        scheduler.scheduleIfNotExists(instance, next);
                    }
                });
            }
        }
        TaskInstance<Void> ping = pingTask.instance(SchedulerConfiguration.PING_INSTANCE);
        boolean pending = scheduler.getScheduledExecution(ping).isPresent();
        if (pingInterval.isZero() || pingInterval.isNegative()) {
            if (pending) {
                scheduler.cancel(ping);
            }
        } else if (!pending) {
            scheduler.scheduleIfNotExists(ping, now.plus(firstPingDelay()));
        }
    }

    /** The first ping test after start: soon, so that reachability is known without waiting a whole interval. */
    Duration firstPingDelay() {
        return pingInterval.compareTo(FIRST_PING_DELAY) < 0 ? pingInterval : FIRST_PING_DELAY;
    }
}
