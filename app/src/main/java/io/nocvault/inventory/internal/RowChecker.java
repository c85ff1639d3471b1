package io.nocvault.inventory.internal;

import io.nocvault.inventory.internal.ImportReport.ImportError;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVRecord;

/** Checks one import row: readable values, the device rules, duplicates within the file and in the inventory. */
final class RowChecker {

    private final ImportRow reader;
    private final ImportKeys keys;
    private final Predicate<Long> nocKnown;
    private final Predicate<String> typeKnown;

    RowChecker(ImportRow reader, ImportKeys keys, Predicate<Long> nocKnown, Predicate<String> typeKnown) {
        this.reader = reader;
        this.keys = keys;
        this.nocKnown = nocKnown;
        this.typeKnown = typeKnown;
    }

    /** The device of a valid row (plain secrets, not yet sealed), else empty with the problems added. */
    Optional<StoredDevice> check(CSVRecord r, int columns, long line, List<ImportError> errors) {
        if (r.size() != columns) {
            errors.add(new ImportError(line, "row", "Expected " + columns + " values, found " + r.size()));
            return Optional.empty();
        }
        DeviceCommand command = reader.read(r, line, errors);
        if (command == null) {
            return Optional.empty();
        }
        List<FieldProblem> problems = DeviceValidation.check(command, true, nocKnown, typeKnown);
        if (!problems.isEmpty()) {
            problems.forEach(p -> errors.add(new ImportError(line, DeviceCsv.column(p.field()), p.message())));
            return Optional.empty();
        }
        StoredDevice device = plain(command);
        int before = errors.size();
        keys.hostname(device.nocId(), device.hostname())
                .ifPresent(t -> errors.add(new ImportError(line, DeviceCsv.HOSTNAME, duplicate("hostname", t))));
        keys.address(device.nocId(), device.address(), device.port())
                .ifPresent(t -> errors.add(new ImportError(line, DeviceCsv.ADDRESS, duplicate("address and port", t))));
        if (errors.size() > before) {
            return Optional.empty();
        }
        keys.take(device, line);
        return Optional.of(device);
    }

    private static String duplicate(String what, ImportKeys.Taken taken) {
        return taken.inInventory()
                ? "A device with this " + what + " already exists in this NOC"
                : "Same " + what + " as line " + taken.line() + " in this NOC";
    }

    private static StoredDevice plain(DeviceCommand c) {
        return new StoredDevice(
                c.nocId(),
                c.hostname().strip(),
                c.address().strip(),
                c.port() == null ? DeviceValidation.DEFAULT_PORT : c.port(),
                c.deviceType().strip(),
                c.username().strip(),
                c.password(),
                c.enableSecret(),
                DeviceValidation.tags(c.tags()),
                DeviceValidation.trim(c.description()),
                c.enabled() == null || c.enabled(),
                null,
                null,
                null);
    }
}
