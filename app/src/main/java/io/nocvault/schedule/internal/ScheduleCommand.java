package io.nocvault.schedule.internal;

import java.util.List;
import java.util.Objects;

/**
 * What creating or updating a schedule asks for, from the UI form or the API, as entered: {@link ScheduleValidation}
 * turns it into a {@link ScheduleDefinition} or field problems. Text is trimmed; blank means absent.
 *
 * @param time {@code hh:mm} (24 hours) for daily, weekly and monthly schedules
 * @param dayOfWeek {@code MONDAY}…{@code SUNDAY} (or {@code MON}…) for weekly schedules
 * @param dayOfMonth 1–31 for monthly schedules
 * @param zone a time zone id such as {@code Europe/Berlin}; absent means the server's zone
 * @param targetKind {@code ALL}, {@code NOCS}, {@code DEVICES}, {@code DEVICE_TYPES} or {@code TAGS}
 * @param targetIds NOC or device ids
 * @param targetNames device type keys or tags
 */
public record ScheduleCommand(
        String name,
        String kind,
        String time,
        String dayOfWeek,
        String dayOfMonth,
        String cron,
        String zone,
        String targetKind,
        List<Long> targetIds,
        List<String> targetNames,
        boolean enabled) {

    public ScheduleCommand {
        name = clean(name);
        kind = clean(kind);
        time = clean(time);
        dayOfWeek = clean(dayOfWeek);
        dayOfMonth = clean(dayOfMonth);
        cron = clean(cron);
        zone = clean(zone);
        targetKind = clean(targetKind);
        targetIds = targetIds == null
                ? List.of()
                : targetIds.stream().filter(Objects::nonNull).distinct().toList();
        targetNames = targetNames == null
                ? List.of()
                : targetNames.stream()
                        .map(ScheduleCommand::clean)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList();
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
