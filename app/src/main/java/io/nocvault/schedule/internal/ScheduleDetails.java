package io.nocvault.schedule.internal;

import java.time.Instant;
import java.util.List;

/**
 * A schedule as the API and the pages show it.
 *
 * @param when the timing in words, e.g. {@code weekly on Monday at 02:30}
 * @param target how the target reads, e.g. {@code NOCs East, West}
 * @param lastRun the last firing, or null when it never fired
 * @param nextRun the next fire time, or null when disabled
 */
public record ScheduleDetails(
        long id,
        String name,
        ScheduleKind kind,
        String time,
        String dayOfWeek,
        Integer dayOfMonth,
        String cron,
        String zone,
        String when,
        Target target,
        boolean enabled,
        String createdBy,
        Instant createdAt,
        Instant updatedAt,
        LastRun lastRun,
        Instant nextRun) {

    /** What the schedule backs up; ids for NOCS and DEVICES, names for DEVICE_TYPES and TAGS. */
    public record Target(String kind, List<Long> ids, List<String> names, String description) {}

    /**
     * The last firing.
     *
     * @param runId the backup run it started, or null when it could not start one
     * @param result {@code started}, or why no run started
     */
    public record LastRun(Instant at, Long runId, boolean success, String result) {}
}
