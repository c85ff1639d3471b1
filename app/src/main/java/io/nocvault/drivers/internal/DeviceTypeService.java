package io.nocvault.drivers.internal;

import io.nocvault.common.ConflictException;
import io.nocvault.common.NotFoundException;
import io.nocvault.drivers.DeviceTypeUsage;
import io.nocvault.drivers.Driver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Lists, shows, validates and changes device types; built-ins are read-only. */
@Service
public class DeviceTypeService {

    private final BuiltInDrivers builtIns;
    private final DeviceTypeRepository repository;
    private final DefaultDriverCatalog catalog;
    private final List<DeviceTypeUsage> usages;

    DeviceTypeService(
            BuiltInDrivers builtIns,
            DeviceTypeRepository repository,
            DefaultDriverCatalog catalog,
            List<DeviceTypeUsage> usages) {
        this.builtIns = builtIns;
        this.repository = repository;
        this.catalog = catalog;
        this.usages = List.copyOf(usages);
    }

    @Transactional(readOnly = true)
    public List<DeviceTypes.Summary> list(DeviceTypes.Filter filter) {
        List<DeviceTypes.Summary> all = new ArrayList<>();
        builtIns.all().forEach(d -> all.add(summary(d)));
        for (DeviceTypeEntity entity : repository.findAllByOrderByKeyAsc()) {
            all.add(new DeviceTypes.Summary(entity.key(), entity.name(), entity.baseKey(), false, sections(entity)));
        }
        return all.stream().filter(filter::accepts).toList();
    }

    @Transactional(readOnly = true)
    public DeviceTypes.Details get(String key) {
        Optional<Driver> builtIn = builtIns.find(key);
        if (builtIn.isPresent()) {
            Map<String, Object> body =
                    new LinkedHashMap<>(builtIns.source(key).orElseThrow().body());
            DriverSchema.IDENTITY.forEach(body::remove);
            return details(builtIn.get(), YamlText.write(body), null);
        }
        DeviceTypeEntity entity = repository.findById(key).orElseThrow(() -> new NotFoundException("Device type", key));
        return details(catalog.get(key), entity.overrides(), entity);
    }

    @Transactional
    public DeviceTypes.Details create(DeviceTypes.Command command) {
        validate(command, true);
        Instant now = Instant.now();
        repository.save(new DeviceTypeEntity(
                command.key(), command.name().strip(), command.baseKey(), overrides(command), now));
        return get(command.key());
    }

    @Transactional
    public DeviceTypes.Details update(String key, DeviceTypes.Command command) {
        DeviceTypeEntity entity = userType(key);
        DeviceTypes.Command changed =
                new DeviceTypes.Command(key, command.name(), command.baseKey(), command.overrides());
        validate(changed, false);
        entity.change(changed.name().strip(), changed.baseKey(), overrides(changed), Instant.now());
        return get(key);
    }

    @Transactional
    public void delete(String key) {
        DeviceTypeEntity entity = userType(key);
        if (repository.existsByBaseKey(key)) {
            throw new ConflictException(null, "Device type " + key + " is the base of another device type");
        }
        for (DeviceTypeUsage usage : usages) {
            usage.reasonToKeep(key).ifPresent(reason -> {
                throw new ConflictException(null, "Device type " + key + " is " + reason);
            });
        }
        repository.delete(entity);
    }

    /** Copies any type (typically a built-in) into a new user-defined type that states every part itself. */
    @Transactional
    public DeviceTypes.Details copy(String sourceKey, String key, String name) {
        Driver source = catalog.get(sourceKey);
        Map<String, Object> body = YamlText.read(source.yaml(), new ArrayList<>());
        DriverSchema.IDENTITY.forEach(body::remove);
        String copyName = name == null || name.isBlank() ? "Copy of " + source.name() : name;
        return create(new DeviceTypes.Command(key, copyName, sourceKey, YamlText.write(body)));
    }

    /** Validates without saving; throws {@link DeviceTypes.InvalidException} or a {@link ConflictException}. */
    public Driver validate(DeviceTypes.Command command, boolean creating) {
        List<DriverProblem> problems = new DeviceTypeValidator(builtIns, repository).check(command, creating);
        if (!problems.isEmpty()) {
            throw new DeviceTypes.InvalidException(problems);
        }
        List<DriverProblem> yamlProblems = new ArrayList<>();
        Map<String, Object> body = YamlText.read(command.overrides(), yamlProblems);
        DeviceTypeValidator.identityInOverrides(body, yamlProblems);
        if (!yamlProblems.isEmpty()) {
            throw new DeviceTypes.InvalidException(
                    yamlProblems.stream().map(p -> p.under("overrides")).toList());
        }
        DriverIdentity id = new DriverIdentity(command.key(), command.name().strip(), command.baseKey(), false);
        try {
            return catalog.resolver().resolve(new DriverSource(id, body));
        } catch (DriverInvalidException e) {
            throw new DeviceTypes.InvalidException(
                    e.problems().stream().map(DeviceTypeValidator::field).toList());
        }
    }

    private DeviceTypeEntity userType(String key) {
        if (builtIns.find(key).isPresent()) {
            throw new ConflictException(null, "Built-in device type " + key + " is read-only; copy it instead");
        }
        return repository.findById(key).orElseThrow(() -> new NotFoundException("Device type", key));
    }

    private static String overrides(DeviceTypes.Command command) {
        return command.overrides() == null ? "" : command.overrides();
    }

    private DeviceTypes.Summary summary(Driver driver) {
        return new DeviceTypes.Summary(
                driver.key(), driver.name(), driver.baseKey(), driver.builtIn(), sections(driver));
    }

    private List<String> sections(DeviceTypeEntity entity) {
        return catalog.find(entity.key()).map(DeviceTypeService::sections).orElse(List.of());
    }

    private static List<String> sections(Driver driver) {
        return driver.captures().stream().map(Driver.Capture::section).toList();
    }

    private static DeviceTypes.Details details(Driver driver, String overrides, DeviceTypeEntity entity) {
        return new DeviceTypes.Details(
                driver.key(),
                driver.name(),
                driver.baseKey(),
                driver.builtIn(),
                overrides,
                driver.yaml(),
                driver.origins(),
                entity == null ? null : entity.createdAt(),
                entity == null ? null : entity.updatedAt());
    }
}
