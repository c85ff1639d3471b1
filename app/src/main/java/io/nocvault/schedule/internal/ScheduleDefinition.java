package io.nocvault.schedule.internal;

import io.nocvault.backup.RunTarget;
import java.util.Set;

/**
 * A valid schedule as it is stored.
 *
 * @param nocIds the NOCs the target lies in (empty: the target spans every NOC)
 */
public record ScheduleDefinition(String name, Timing timing, RunTarget target, Set<Long> nocIds, boolean enabled) {

    public ScheduleDefinition {
        nocIds = Set.copyOf(nocIds);
    }
}
