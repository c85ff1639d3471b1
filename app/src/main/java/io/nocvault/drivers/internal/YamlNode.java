package io.nocvault.drivers.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** A typed view of one YAML map that records every problem (with its path) instead of stopping at the first. */
final class YamlNode {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|h)?");

    private final String path;
    private final Map<?, ?> map;
    private final List<DriverProblem> problems;

    YamlNode(String path, Map<?, ?> map, List<DriverProblem> problems) {
        this.path = path;
        this.map = map == null ? Map.of() : map;
        this.problems = problems;
    }

    boolean has(String key) {
        return map.get(key) != null;
    }

    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    void problem(String key, String message) {
        problems.add(new DriverProblem(key == null ? path : path(key), message));
    }

    /** Reports every key that is not allowed here. */
    void allowOnly(Set<String> keys) {
        for (Object key : map.keySet()) {
            if (!keys.contains(String.valueOf(key))) {
                problems.add(new DriverProblem(path(String.valueOf(key)), "unknown field"));
            }
        }
    }

    YamlNode node(String key) {
        Object value = map.get(key);
        if (value != null && !(value instanceof Map)) {
            problem(key, "must be a map");
            return new YamlNode(path(key), null, problems);
        }
        return new YamlNode(path(key), (Map<?, ?>) value, problems);
    }

    String string(String key) {
        Object value = map.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map || value instanceof List) {
            problem(key, "must be text");
            return null;
        }
        return String.valueOf(value);
    }

    String required(String key) {
        String value = string(key);
        if (value == null || value.isBlank()) {
            problem(key, "is required");
        }
        return value;
    }

    boolean bool(String key) {
        Object value = map.get(key);
        if (value != null && !(value instanceof Boolean)) {
            problem(key, "must be true or false");
        }
        return Boolean.TRUE.equals(value);
    }

    Pattern pattern(String key) {
        return compile(key, string(key));
    }

    Pattern compile(String key, String regex) {
        if (regex == null) {
            return null;
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            problem(key, "invalid regular expression: " + e.getDescription() + " near index " + e.getIndex());
            return null;
        }
    }

    List<String> strings(String key) {
        List<String> result = new ArrayList<>();
        for (Object item : list(key)) {
            if (item instanceof Map || item instanceof List || item == null) {
                problem(key, "must be a list of texts");
            } else {
                result.add(String.valueOf(item));
            }
        }
        return result;
    }

    List<Pattern> patterns(String key) {
        List<Pattern> result = new ArrayList<>();
        List<String> regexes = strings(key);
        for (int i = 0; i < regexes.size(); i++) {
            Pattern pattern = compile(key + "[" + i + "]", regexes.get(i));
            if (pattern != null) {
                result.add(pattern);
            }
        }
        return result;
    }

    List<?> list(String key) {
        Object value = map.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problem(key, "must be a list");
            return List.of();
        }
        return list;
    }

    /** The items of a list of maps, each as a node. */
    List<YamlNode> nodes(String key) {
        List<YamlNode> result = new ArrayList<>();
        List<?> items = list(key);
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) instanceof Map<?, ?> item) {
                result.add(new YamlNode(path(key) + "[" + i + "]", item, problems));
            } else {
                problems.add(new DriverProblem(path(key) + "[" + i + "]", "must be a map"));
            }
        }
        return result;
    }

    Duration duration(String key, Duration fallback) {
        String text = string(key);
        if (text == null) {
            return fallback;
        }
        var m = DURATION.matcher(text.strip());
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            problem(key, "must be a positive duration such as 30s, 500ms, 2m");
            return fallback;
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "s" : m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }

    Map<?, ?> raw() {
        return map;
    }
}
