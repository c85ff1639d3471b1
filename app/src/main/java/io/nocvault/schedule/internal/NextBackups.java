package io.nocvault.schedule.internal;

import io.nocvault.schedule.UpcomingBackups;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The next scheduled backup among the schedules the caller may see (for the dashboard). */
@Component
@Transactional(readOnly = true)
class NextBackups implements UpcomingBackups {

    private final ScheduleStore store;
    private final ScheduleScope scope;
    private final TargetDescriptions targets;

    NextBackups(ScheduleStore store, ScheduleScope scope, TargetDescriptions targets) {
        this.store = store;
        this.scope = scope;
        this.targets = targets;
    }

    @Override
    public Optional<UpcomingBackup> next() {
        return store.upcoming(scope.listCondition(), 1).stream()
                .findFirst()
                .map(s -> new UpcomingBackup(s.id(), s.name(), s.nextRunAt(), targets.describe(s.target())));
    }
}
