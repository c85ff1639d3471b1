package io.nocvault.drivers.internal;

import io.nocvault.common.ConflictException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The form-level checks of a device type (key, name, base); the YAML is checked by resolving it. */
final class DeviceTypeValidator {

    static final int MAX_KEY = 64;
    static final int MAX_NAME = 200;
    static final int MAX_OVERRIDES = 100_000;

    private final BuiltInDrivers builtIns;
    private final DeviceTypeRepository repository;

    DeviceTypeValidator(BuiltInDrivers builtIns, DeviceTypeRepository repository) {
        this.builtIns = builtIns;
        this.repository = repository;
    }

    List<DriverProblem> check(DeviceTypes.Command command, boolean creating) {
        List<DriverProblem> problems = new ArrayList<>();
        String key = command.key();
        if (key == null || key.isBlank()) {
            problems.add(new DriverProblem("key", "is required"));
        } else if (!DriverParser.KEY.matcher(key).matches() || key.length() > MAX_KEY) {
            problems.add(new DriverProblem("key", "must be 1 to 64 lower-case letters, digits and _"));
        } else if (creating && (builtIns.find(key).isPresent() || repository.existsById(key))) {
            throw new ConflictException("key", "Device type " + key + " already exists");
        }
        if (command.name() == null || command.name().isBlank()) {
            problems.add(new DriverProblem("name", "is required"));
        } else if (command.name().length() > MAX_NAME) {
            problems.add(new DriverProblem("name", "must be at most 200 characters"));
        }
        String base = command.baseKey();
        if (base == null || base.isBlank()) {
            problems.add(new DriverProblem("baseKey", "is required"));
        } else if (builtIns.find(base).isEmpty() && !repository.existsById(base)) {
            problems.add(new DriverProblem("baseKey", "unknown device type " + base));
        } else if (base.equals(key)) {
            problems.add(new DriverProblem("baseKey", "a device type cannot extend itself"));
        }
        if (command.overrides() != null && command.overrides().length() > MAX_OVERRIDES) {
            problems.add(new DriverProblem("overrides", "must be at most 100000 characters"));
        }
        return problems;
    }

    static void identityInOverrides(Map<String, Object> body, List<DriverProblem> problems) {
        for (String field : List.of("key", "name", "extends")) {
            if (body.containsKey(field)) {
                problems.add(new DriverProblem(field, "is set in the form, not in the overrides"));
            }
        }
    }

    /** Maps a resolver problem to the form field it belongs to. */
    static DriverProblem field(DriverProblem problem) {
        return switch (problem.path()) {
            case "extends" -> new DriverProblem("baseKey", problem.message());
            case "key", "name" -> problem;
            default -> problem.under("overrides");
        };
    }
}
