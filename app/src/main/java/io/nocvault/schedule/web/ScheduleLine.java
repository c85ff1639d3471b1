package io.nocvault.schedule.web;

import io.nocvault.schedule.internal.ScheduleDetails;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** A schedule as a list row: times shown in the schedule's own zone. */
record ScheduleLine(ScheduleDetails schedule, String lastRunAt, String nextRunAt) {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    static ScheduleLine of(ScheduleDetails s) {
        ZoneId zone = ZoneId.of(s.zone());
        return new ScheduleLine(
                s, s.lastRun() == null ? null : format(s.lastRun().at(), zone), format(s.nextRun(), zone));
    }

    private static String format(Instant at, ZoneId zone) {
        return at == null ? null : FORMAT.format(at.atZone(zone));
    }
}
