package io.nocvault.schedule.internal;

import io.nocvault.backup.RunTarget;
import java.time.Instant;
import java.util.Set;

/** A row of {@code schedules} with its NOCs; knows nothing of scopes. */
record ScheduleRow(
        long id,
        String name,
        Timing timing,
        RunTarget target,
        Set<Long> nocIds,
        boolean enabled,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        Instant lastRunAt,
        Long lastRunId,
        Boolean lastSuccess,
        String lastResult,
        Instant nextRunAt) {}
