package io.nocvault.schedule.web;

import io.nocvault.schedule.internal.ScheduleCommand;
import io.nocvault.schedule.internal.ScheduleDetails;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The schedule form. Target NOCs and devices arrive as ids, device types and tags as one comma-separated text; an
 * unchecked box arrives as null and means no.
 */
record ScheduleForm(
        String name,
        String kind,
        String time,
        String dayOfWeek,
        String dayOfMonth,
        String cron,
        String zone,
        String targetKind,
        List<Long> targetIds,
        String targetNames,
        Boolean enabled) {

    static ScheduleForm empty(ZoneId zone) {
        return new ScheduleForm(
                null, "DAILY", "02:00", "MONDAY", "1", null, zone.getId(), "NOCS", List.of(), null, true);
    }

    static ScheduleForm of(ScheduleDetails s) {
        return new ScheduleForm(
                s.name(),
                s.kind().name(),
                s.time(),
                s.dayOfWeek(),
                s.dayOfMonth() == null ? null : String.valueOf(s.dayOfMonth()),
                s.cron(),
                s.zone(),
                s.target().kind(),
                s.target().ids(),
                String.join(", ", s.target().names()),
                s.enabled());
    }

    ScheduleCommand command() {
        List<String> names = targetNames == null
                ? List.of()
                : Arrays.stream(targetNames.split(","))
                        .map(String::strip)
                        .filter(n -> !n.isEmpty())
                        .toList();
        boolean byName = "DEVICE_TYPES".equals(targetKind) || "TAGS".equals(targetKind);
        boolean byId = "NOCS".equals(targetKind) || "DEVICES".equals(targetKind);
        return new ScheduleCommand(
                name,
                kind,
                time,
                dayOfWeek,
                dayOfMonth,
                cron,
                zone,
                targetKind,
                byId ? targetIds : List.of(),
                byName ? names : List.of(),
                Boolean.TRUE.equals(enabled));
    }

    public boolean hasTarget(Long id) {
        return targetIds != null && targetIds.contains(id);
    }

    public boolean is(String kindName) {
        return Objects.equals(kind, kindName);
    }

    public boolean targets(String targetKindName) {
        return Objects.equals(targetKind, targetKindName);
    }
}
