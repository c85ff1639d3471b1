package io.nocvault.drivers.internal;

import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The built-in drivers from {@code classpath:drivers/*.yaml}, loaded and validated once at startup: a broken
 * built-in stops the application with every problem listed.
 */
@Component
public class BuiltInDrivers {

    static final String LOCATION = "classpath*:drivers/*.yaml";

    private final Map<String, DriverSource> sources;
    private final Map<String, Driver> drivers;

    public BuiltInDrivers(DriverProperties properties) {
        this.sources = load();
        DriverResolver resolver =
                new DriverResolver(key -> Optional.ofNullable(sources.get(key)), properties.timeouts());
        Map<String, Driver> resolved = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (DriverSource source : sources.values()) {
            try {
                resolved.put(source.id().key(), resolver.resolve(source));
            } catch (DriverInvalidException e) {
                failures.add(e.getMessage());
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException("Broken built-in drivers: " + String.join(" | ", failures));
        }
        this.drivers = Collections.unmodifiableMap(resolved);
    }

    public Optional<Driver> find(String key) {
        return Optional.ofNullable(drivers.get(key));
    }

    /** The unresolved source of a built-in (for resolving user-defined types that extend it). */
    public Optional<DriverSource> source(String key) {
        return Optional.ofNullable(sources.get(key));
    }

    /** All built-ins ordered by key. */
    public List<Driver> all() {
        return List.copyOf(drivers.values());
    }

    private static Map<String, DriverSource> load() {
        Map<String, DriverSource> result = new TreeMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                DriverSource source = parse(resource.getFilename(), text);
                if (result.put(source.id().key(), source) != null) {
                    throw new IllegalStateException(
                            "Built-in driver " + source.id().key() + " is defined twice");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in drivers", e);
        }
        return result;
    }

    static DriverSource parse(String fileName, String text) {
        List<DriverProblem> problems = new ArrayList<>();
        Map<String, Object> body = YamlText.read(text, problems);
        String key = body.get("key") == null ? null : String.valueOf(body.get("key"));
        if (!problems.isEmpty() || key == null || !(key + ".yaml").equals(fileName)) {
            throw new IllegalStateException("Built-in driver " + fileName + " is broken: "
                    + (problems.isEmpty() ? "its key must be its file name" : problems));
        }
        String base = body.get("extends") == null ? null : String.valueOf(body.get("extends"));
        String name = body.get("name") == null ? null : String.valueOf(body.get("name"));
        return new DriverSource(new DriverIdentity(key, name, base, true), body);
    }
}
