package io.nocvault.inventory.internal;

import io.nocvault.inventory.internal.ImportReport.ImportError;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns one CSV record into a {@link DeviceCommand}, collecting the problems of values that cannot even be read
 * (port not a number, unknown NOC name, enabled not a boolean). Never puts a value into a message.
 */
final class ImportRow {

    private final Map<String, Long> nocIdsByName;
    private final Set<Long> visibleNocIds;

    ImportRow(Map<String, Long> nocIdsByName, Set<Long> visibleNocIds) {
        this.nocIdsByName = nocIdsByName;
        this.visibleNocIds = visibleNocIds;
    }

    /** The command of the record, or {@code null} when a value could not be read ({@code errors} say why). */
    DeviceCommand read(CSVRecord r, long line, List<ImportError> errors) {
        List<ImportError> own = new ArrayList<>();
        Integer port = port(value(r, DeviceCsv.PORT), line, own);
        Long nocId = noc(value(r, DeviceCsv.NOC), line, own);
        Boolean enabled = enabled(value(r, DeviceCsv.ENABLED), line, own);
        if (!own.isEmpty()) {
            errors.addAll(own);
            return null;
        }
        return new DeviceCommand(
                value(r, DeviceCsv.HOSTNAME),
                value(r, DeviceCsv.ADDRESS),
                port,
                nocId,
                value(r, DeviceCsv.DEVICE_TYPE),
                value(r, DeviceCsv.USERNAME),
                value(r, DeviceCsv.PASSWORD),
                value(r, DeviceCsv.ENABLE_SECRET),
                tags(value(r, DeviceCsv.TAGS)),
                value(r, DeviceCsv.DESCRIPTION),
                enabled,
                null,
                null,
                null);
    }

    private static String value(CSVRecord r, String column) {
        if (!r.isMapped(column) || !r.isSet(column)) {
            return null;
        }
        String value = r.get(column);
        return value == null || value.isEmpty() ? null : value;
    }

    private static Integer port(String value, long line, List<ImportError> errors) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new ImportError(line, DeviceCsv.PORT, "The port must be a number between 1 and 65535"));
            return null;
        }
    }

    private Long noc(String value, long line, List<ImportError> errors) {
        if (value == null) {
            errors.add(new ImportError(line, DeviceCsv.NOC, "Enter the NOC (name or id)"));
            return null;
        }
        String key = value.strip();
        Long id = nocIdsByName.get(key.toLowerCase(Locale.ROOT));
        if (id == null && key.chars().allMatch(Character::isDigit) && key.length() < 18) {
            id = visibleNocIds.contains(Long.valueOf(key)) ? Long.valueOf(key) : null;
        }
        if (id == null) {
            errors.add(new ImportError(line, DeviceCsv.NOC, "Unknown NOC"));
        }
        return id;
    }

    private static Boolean enabled(String value, long line, List<ImportError> errors) {
        if (value == null) {
            return Boolean.TRUE;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "y" -> Boolean.TRUE;
            case "false", "no", "0", "n" -> Boolean.FALSE;
            default -> {
                errors.add(new ImportError(line, DeviceCsv.ENABLED, "Use true or false"));
                yield null;
            }
        };
    }

    private static Set<String> tags(String value) {
        if (value == null) {
            return Set.of();
        }
        Set<String> tags = new LinkedHashSet<>(Arrays.asList(value.strip().split("[;,\\s]+")));
        tags.remove("");
        return tags;
    }
}
