package io.nocvault.drivers.internal;

import io.nocvault.drivers.Driver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Resolves a driver: follows {@code extends} to the root, merges root to leaf, parses and validates. */
public final class DriverResolver {

    private static final int MAX_DEPTH = 16;
    private static final Set<String> SCALAR_PARTS = Set.of("newline", "logout");

    private final Function<String, Optional<DriverSource>> lookup;
    private final Driver.Timeouts defaults;

    public DriverResolver(Function<String, Optional<DriverSource>> lookup, Driver.Timeouts defaults) {
        this.lookup = lookup;
        this.defaults = defaults;
    }

    /** The resolved driver, or a {@link DriverInvalidException} listing every problem. */
    public Driver resolve(DriverSource source) {
        List<DriverProblem> problems = new ArrayList<>();
        List<DriverSource> chain = chain(source, problems);
        Map<String, Object> merged = new LinkedHashMap<>();
        for (DriverSource link : chain.reversed()) {
            List<DriverProblem> own = link == source ? problems : new ArrayList<>();
            merged = DriverMerger.merge(merged, link.body(), own);
        }
        if (!problems.isEmpty()) {
            throw new DriverInvalidException(source.id().key(), problems);
        }
        return new DriverParser(defaults).parse(source.id(), merged, yaml(source.id(), merged), origins(chain));
    }

    private List<DriverSource> chain(DriverSource source, List<DriverProblem> problems) {
        List<DriverSource> chain = new ArrayList<>(List.of(source));
        List<String> keys = new ArrayList<>(List.of(String.valueOf(source.id().key())));
        DriverSource current = source;
        while (current.id().baseKey() != null) {
            String base = current.id().baseKey();
            if (keys.contains(base) || keys.size() > MAX_DEPTH) {
                keys.add(base);
                problems.add(new DriverProblem("extends", "inheritance cycle: " + String.join(" -> ", keys)));
                break;
            }
            Optional<DriverSource> parent = lookup.apply(base);
            if (parent.isEmpty()) {
                problems.add(new DriverProblem("extends", "unknown driver " + base));
                break;
            }
            current = parent.get();
            chain.add(current);
            keys.add(base);
        }
        return chain;
    }

    private static String yaml(DriverIdentity id, Map<String, Object> merged) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        ordered.put("key", id.key());
        ordered.put("name", id.name());
        if (id.baseKey() != null) {
            ordered.put("extends", id.baseKey());
        }
        for (String part : DriverSchema.PARTS) {
            if (merged.containsKey(part)) {
                ordered.put(part, merged.get(part));
            }
        }
        return YamlText.write(ordered);
    }

    /** For each part, the drivers (leaf first) whose own YAML contributes to it. */
    private static Map<String, List<String>> origins(List<DriverSource> chain) {
        Map<String, List<String>> origins = new LinkedHashMap<>();
        for (String part : DriverSchema.PARTS) {
            List<String> keys = new ArrayList<>();
            for (DriverSource link : chain) {
                if (link.body().containsKey(part)) {
                    keys.add(link.id().key());
                    if (SCALAR_PARTS.contains(part)) {
                        break;
                    }
                }
                if (link.body().get("reset") instanceof List<?> reset && reset.contains(part)) {
                    break;
                }
            }
            if (!keys.isEmpty()) {
                origins.put(part, List.copyOf(keys));
            }
        }
        return java.util.Collections.unmodifiableMap(origins);
    }
}
