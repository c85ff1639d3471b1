package io.nocvault.schedule;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A backup schedule was enabled. {@code nocId} is the NOC of its target when it lies in exactly one, else
 * {@code null}; {@code detail} says when it fires and what it targets.
 */
public record ScheduleEnabled(Origin origin, long scheduleId, String name, Long nocId, String detail)
        implements AuditableEvent {

    @Override
    public String action() {
        return "schedule.enabled";
    }

    @Override
    public String target() {
        return "schedule " + name;
    }
}
