package io.nocvault.schedule.api;

import io.nocvault.schedule.internal.ScheduleCommand;
import java.util.List;

/**
 * The JSON body of creating or updating a schedule, e.g. {@code {"name":"Nightly","kind":"DAILY","time":"02:30",
 * "zone":"Europe/Berlin","target":{"kind":"NOCS","ids":[3]}}}. An absent {@code enabled} counts as true, an absent
 * zone as the server's.
 */
record ScheduleRequest(
        String name,
        String kind,
        String time,
        String dayOfWeek,
        Integer dayOfMonth,
        String cron,
        String zone,
        Target target,
        Boolean enabled) {

    /** What the schedule backs up. */
    record Target(String kind, List<Long> ids, List<String> names) {}

    ScheduleCommand toCommand() {
        Target t = target == null ? new Target(null, null, null) : target;
        return new ScheduleCommand(
                name,
                kind,
                time,
                dayOfWeek,
                dayOfMonth == null ? null : String.valueOf(dayOfMonth),
                cron,
                zone,
                t.kind(),
                t.ids(),
                t.names(),
                !Boolean.FALSE.equals(enabled));
    }
}
