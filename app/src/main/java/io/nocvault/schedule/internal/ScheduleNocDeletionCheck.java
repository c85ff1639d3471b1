package io.nocvault.schedule.internal;

import io.nocvault.noc.NocDeletionCheck;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A NOC that a schedule targets (or whose devices one targets) stays until the schedule is changed or deleted. */
@Component
class ScheduleNocDeletionCheck implements NocDeletionCheck {

    private final ScheduleStore schedules;

    ScheduleNocDeletionCheck(ScheduleStore schedules) {
        this.schedules = schedules;
    }

    @Override
    public Optional<String> reasonToKeep(long nocId) {
        long count = schedules.countForNoc(nocId);
        return count == 0 ? Optional.empty() : Optional.of(count + " backup schedule" + (count == 1 ? "" : "s"));
    }
}
