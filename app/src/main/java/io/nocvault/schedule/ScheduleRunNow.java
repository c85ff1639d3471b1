package io.nocvault.schedule;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * Someone ran a backup schedule now, outside its timing. {@code runId} is the backup run it started, or
 * {@code null} when none could start ({@code detail} says why).
 */
public record ScheduleRunNow(Origin origin, long scheduleId, String name, Long nocId, Long runId, String detail)
        implements AuditableEvent {

    @Override
    public String action() {
        return "schedule.run_now";
    }

    @Override
    public String target() {
        return "schedule " + name;
    }

    @Override
    public boolean success() {
        return runId != null;
    }
}
