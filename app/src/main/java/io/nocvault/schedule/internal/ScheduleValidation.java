package io.nocvault.schedule.internal;

import io.nocvault.backup.RunTarget;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks a {@link ScheduleCommand} field by field and, when it is valid, makes the {@link ScheduleDefinition}. The
 * target must lie within the caller's NOC scope: NOCs and devices he may see; a target spanning every NOC (all
 * devices, device types, tags) is for head admins.
 */
@Component
class ScheduleValidation {

    static final String SPANS_ALL_NOCS =
            "Only a head admin schedules targets across all NOCs; pick NOCs or devices instead";
    private static final Pattern TIME = Pattern.compile("([01]?[0-9]|2[0-3]):[0-5][0-9]");
    private static final int MAX_NAME = 100;
    private static final int MAX_TARGETS = 500;

    private final ScheduleStore store;
    private final NocScope scope;
    private final NocDirectory nocs;
    private final ObjectProvider<DeviceDirectory> devices;
    private final ScheduleProperties properties;

    ScheduleValidation(
            ScheduleStore store,
            NocScope scope,
            NocDirectory nocs,
            ObjectProvider<DeviceDirectory> devices,
            ScheduleProperties properties) {
        this.store = store;
        this.scope = scope;
        this.nocs = nocs;
        this.devices = devices;
        this.properties = properties;
    }

    /** The problems of the command; {@code existingId} is the schedule being updated, or null. */
    List<FieldProblem> problems(ScheduleCommand command, Long existingId) {
        List<FieldProblem> problems = new ArrayList<>();
        check(command, existingId, problems);
        return problems;
    }

    /** The definition; {@link InvalidInputException} with every problem when the command is not valid. */
    ScheduleDefinition require(ScheduleCommand command, Long existingId) {
        List<FieldProblem> problems = new ArrayList<>();
        ScheduleDefinition definition = check(command, existingId, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return definition;
    }

    private ScheduleDefinition check(ScheduleCommand c, Long existingId, List<FieldProblem> problems) {
        String name = name(c.name(), existingId, problems);
        Timing timing = timing(c, problems);
        Set<Long> nocIds = new LinkedHashSet<>();
        RunTarget target = target(c, nocIds, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new ScheduleDefinition(name, timing, target, nocIds, c.enabled());
    }

    private String name(String name, Long existingId, List<FieldProblem> problems) {
        if (name == null) {
            problems.add(new FieldProblem("name", "Enter a name"));
        } else if (name.length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "At most " + MAX_NAME + " characters"));
        } else if (store.nameTaken(name, existingId)) {
            problems.add(new FieldProblem("name", "Another schedule has this name"));
        }
        return name;
    }

    private Timing timing(ScheduleCommand c, List<FieldProblem> problems) {
        ZoneId zone = zone(c.zone(), problems);
        ScheduleKind kind = parseEnum(ScheduleKind.class, c.kind());
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Choose DAILY, WEEKLY, MONTHLY or CRON"));
            return null;
        }
        LocalTime time = null;
        DayOfWeek day = null;
        Integer dayOfMonth = null;
        String cron = null;
        if (kind == ScheduleKind.CRON) {
            Optional<String> cronProblem = CronFields.problem(c.cron());
            cronProblem.ifPresent(p -> problems.add(new FieldProblem("cron", p)));
            cron = cronProblem.isEmpty() ? CronFields.normalize(c.cron()) : null;
        } else {
            time = time(c.time(), problems);
        }
        if (kind == ScheduleKind.WEEKLY) {
            day = dayOfWeek(c.dayOfWeek(), problems);
        }
        if (kind == ScheduleKind.MONTHLY) {
            dayOfMonth = dayOfMonth(c.dayOfMonth(), problems);
        }
        if (!problems.isEmpty()) {
            return null;
        }
        Timing timing = new Timing(kind, time, day, dayOfMonth, cron, zone);
        if (kind == ScheduleKind.CRON && timing.nextAfter(java.time.Instant.now()) == null) {
            problems.add(new FieldProblem("cron", "This expression never fires"));
        }
        return timing;
    }

    private ZoneId zone(String zone, List<FieldProblem> problems) {
        if (zone == null) {
            return properties.defaultZone();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("zone", "Unknown time zone; use a name such as Europe/Berlin"));
            return null;
        }
    }

    private static LocalTime time(String time, List<FieldProblem> problems) {
        if (time == null || !TIME.matcher(time).matches()) {
            problems.add(new FieldProblem("time", "Enter the time as hh:mm (24 hours), e.g. 02:30"));
            return null;
        }
        String[] parts = time.split(":");
        return LocalTime.of(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
    }

    private static DayOfWeek dayOfWeek(String value, List<FieldProblem> problems) {
        if (value != null) {
            String upper = value.toUpperCase(Locale.ROOT);
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day.name().equals(upper) || day.name().substring(0, 3).equals(upper)) {
                    return day;
                }
            }
        }
        problems.add(new FieldProblem("dayOfWeek", "Choose a day of the week"));
        return null;
    }

    private static Integer dayOfMonth(String value, List<FieldProblem> problems) {
        try {
            int day = Integer.parseInt(value == null ? "" : value);
            if (day >= 1 && day <= 31) {
                return day;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem("dayOfMonth", "Enter a day of the month from 1 to 31"));
        return null;
    }

    private RunTarget target(ScheduleCommand c, Set<Long> nocIds, List<FieldProblem> problems) {
        RunTarget.Kind kind = parseEnum(RunTarget.Kind.class, c.targetKind());
        if (kind == null) {
            problems.add(new FieldProblem("targetKind", "Choose ALL, NOCS, DEVICES, DEVICE_TYPES or TAGS"));
            return null;
        }
        if (c.targetIds().size() > MAX_TARGETS || c.targetNames().size() > MAX_TARGETS) {
            problems.add(new FieldProblem("targetKind", "At most " + MAX_TARGETS + " entries"));
            return null;
        }
        RunTarget target;
        try {
            target = new RunTarget(kind, c.targetIds(), c.targetNames());
        } catch (IllegalArgumentException e) {
            String field = kind == RunTarget.Kind.NOCS || kind == RunTarget.Kind.DEVICES ? "targetIds" : "targetNames";
            problems.add(new FieldProblem(field, e.getMessage()));
            return null;
        }
        switch (kind) {
            case NOCS -> nocsOf(target, nocIds, problems);
            case DEVICES -> devicesOf(target, nocIds, problems);
            default -> {
                if (!scope.unrestricted()) {
                    problems.add(new FieldProblem("targetKind", SPANS_ALL_NOCS));
                }
            }
        }
        return target;
    }

    private void nocsOf(RunTarget target, Set<Long> nocIds, List<FieldProblem> problems) {
        for (Long id : target.ids()) {
            if (nocs.find(id).isEmpty()) {
                problems.add(new FieldProblem("targetIds", "Unknown NOC " + id));
                return;
            }
            nocIds.add(id);
        }
    }

    private void devicesOf(RunTarget target, Set<Long> nocIds, List<FieldProblem> problems) {
        DeviceDirectory directory = devices.getIfAvailable();
        if (directory == null) {
            problems.add(new FieldProblem("targetIds", "Devices cannot be looked up (the inventory is unavailable)"));
            return;
        }
        for (Long id : target.ids()) {
            Optional<DeviceSummary> device = directory.find(id);
            if (device.isEmpty() || !scope.canSee(device.get().nocId())) {
                problems.add(new FieldProblem("targetIds", "Unknown device " + id));
                return;
            }
            nocIds.add(device.get().nocId());
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
