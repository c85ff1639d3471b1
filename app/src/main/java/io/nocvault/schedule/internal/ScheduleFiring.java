package io.nocvault.schedule.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.nocvault.common.Origin;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * One firing of a backup schedule, run by db-scheduler on one node: starts the backup run of the schedule's target
 * (resolved now, within the target's scope, started by {@code schedule <name>}), records it as the last run, then
 * reschedules the execution at the first fire time after now. A node that was down over several fire times so fires
 * once when it is back, not once per missed slot. A schedule that was disabled or deleted meanwhile loses its
 * execution.
 */
@Component
class ScheduleFiring {

    private final ScheduleStore store;
    private final BackupStarter starter;
    private final Clock clock;

    ScheduleFiring(ScheduleStore store, BackupStarter starter, Clock clock) {
        this.store = store;
        this.starter = starter;
        this.clock = clock;
    }

    CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        long id = Long.parseLong(instance.getId());
        Optional<ScheduleRow> row = store.find(id);
        if (row.isPresent() && row.get().enabled()) {
            ScheduleRow schedule = row.get();
            BackupStarter.Started started = starter.start(schedule.name(), schedule.target(), origin(schedule.name()));
            store.recordRun(id, clock.instant(), started.runId(), started.success(), started.result());
        }
        return (complete, operations) -> {
            Optional<ScheduleRow> current = store.find(id);
            Instant next = current.filter(ScheduleRow::enabled)
                    .map(s -> s.timing().nextAfter(clock.instant()))
                    .orElse(null);
            if (current.isPresent()) {
                store.setNext(id, next);
            }
            if (next == null) {
                operations.remove();
            } else {
                operations.reschedule(complete, next);
            }
        };
    }

    /** Who a scheduled run is started by: {@code schedule <name>}. */
    static Origin origin(String scheduleName) {
        return new Origin("schedule " + scheduleName, null, null);
    }
}
