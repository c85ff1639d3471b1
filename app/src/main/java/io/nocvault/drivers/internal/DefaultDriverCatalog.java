package io.nocvault.drivers.internal;

import io.nocvault.common.NotFoundException;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.drivers.DriverProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Built-ins from the classpath, user-defined types from the database, resolved on each lookup. */
@Component
class DefaultDriverCatalog implements DriverCatalog {

    private static final Logger log = LoggerFactory.getLogger(DefaultDriverCatalog.class);

    private final BuiltInDrivers builtIns;
    private final DeviceTypeRepository repository;
    private final DriverResolver resolver;

    DefaultDriverCatalog(BuiltInDrivers builtIns, DeviceTypeRepository repository, DriverProperties properties) {
        this.builtIns = builtIns;
        this.repository = repository;
        this.resolver = new DriverResolver(this::source, properties.timeouts());
    }

    @Override
    public Optional<Driver> find(String key) {
        if (key == null) {
            return Optional.empty();
        }
        return builtIns.find(key).or(() -> repository.findById(key).map(e -> resolver.resolve(source(e))));
    }

    @Override
    public Driver get(String key) {
        return find(key).orElseThrow(() -> new NotFoundException("Device type", key));
    }

    @Override
    public List<Driver> all() {
        List<Driver> all = new ArrayList<>(builtIns.all());
        for (DeviceTypeEntity entity : repository.findAllByOrderByKeyAsc()) {
            try {
                all.add(resolver.resolve(source(entity)));
            } catch (DriverInvalidException e) {
                log.warn("Device type {} does not resolve: {}", entity.key(), e.getMessage());
            }
        }
        return List.copyOf(all);
    }

    /** The resolver that sees built-ins and stored types, for validating a candidate before it is saved. */
    DriverResolver resolver() {
        return resolver;
    }

    Optional<DriverSource> source(String key) {
        return builtIns.source(key).or(() -> repository.findById(key).map(DefaultDriverCatalog::source));
    }

    static DriverSource source(DeviceTypeEntity entity) {
        List<DriverProblem> problems = new ArrayList<>();
        return new DriverSource(
                new DriverIdentity(entity.key(), entity.name(), entity.baseKey(), false),
                YamlText.read(entity.overrides(), problems));
    }
}
