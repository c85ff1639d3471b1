package io.nocvault.drivers.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Applies a child driver to its resolved parent. Maps merge key by key; scalars and lists are replaced, except
 * the {@link DriverSchema#APPENDED} rule lists, whose entries are added (without duplicates); {@code capture}
 * merges by section ({@code remove: true} drops one); {@code reset} first drops inherited parts.
 */
final class DriverMerger {

    private DriverMerger() {}

    static Map<String, Object> merge(Map<String, Object> parent, Map<?, ?> child, List<DriverProblem> problems) {
        Map<String, Object> result = copy(parent);
        DriverSchema.IDENTITY.forEach(result::remove);
        Object reset = child.get("reset");
        if (reset != null && !(reset instanceof List)) {
            problems.add(new DriverProblem("reset", "must be a list of parts"));
        } else if (reset != null) {
            for (Object path : (List<?>) reset) {
                if (!DriverSchema.RESETTABLE.contains(String.valueOf(path))) {
                    problems.add(new DriverProblem("reset", "unknown part " + path));
                } else {
                    remove(result, String.valueOf(path));
                }
            }
        }
        mergeInto(result, child, "");
        return result;
    }

    @SuppressWarnings("unchecked")
    private static void mergeInto(Map<String, Object> target, Map<?, ?> source, String prefix) {
        for (Map.Entry<?, ?> entry : source.entrySet()) {
            String key = String.valueOf(entry.getKey());
            String path = prefix.isEmpty() ? key : prefix + "." + key;
            if (prefix.isEmpty() && DriverSchema.IDENTITY.contains(key)) {
                continue;
            }
            Object value = entry.getValue();
            Object existing = target.get(key);
            if (path.equals("capture") && existing instanceof List<?> base && value instanceof List<?> own) {
                target.put(key, mergeCaptures(base, own));
            } else if (DriverSchema.APPENDED.contains(path)
                    && existing instanceof List<?> base
                    && value instanceof List<?> own) {
                List<Object> list = new ArrayList<>(base);
                own.stream().filter(item -> !list.contains(item)).forEach(list::add);
                target.put(key, list);
            } else if (existing instanceof Map<?, ?> base && value instanceof Map<?, ?> own) {
                Map<String, Object> merged = copy((Map<String, Object>) base);
                mergeInto(merged, own, path);
                target.put(key, merged);
            } else {
                target.put(key, deepCopy(value));
            }
        }
    }

    private static List<Object> mergeCaptures(List<?> base, List<?> own) {
        List<Object> result =
                new ArrayList<>(base.stream().map(DriverMerger::deepCopy).toList());
        for (Object item : own) {
            Object section = item instanceof Map<?, ?> m ? m.get("section") : null;
            int index = indexOfSection(result, section);
            boolean remove = item instanceof Map<?, ?> m && Boolean.TRUE.equals(m.get("remove"));
            if (remove && index >= 0) {
                result.remove(index);
            } else if (!remove && index >= 0) {
                result.set(index, deepCopy(item));
            } else if (!remove) {
                result.add(deepCopy(item));
            }
        }
        return result;
    }

    private static int indexOfSection(List<Object> captures, Object section) {
        for (int i = 0; i < captures.size(); i++) {
            if (captures.get(i) instanceof Map<?, ?> m
                    && section != null
                    && Objects.equals(m.get("section"), section)) {
                return i;
            }
        }
        return -1;
    }

    @SuppressWarnings("unchecked")
    private static void remove(Map<String, Object> map, String path) {
        int dot = path.indexOf('.');
        if (dot < 0) {
            map.remove(path);
        } else if (map.get(path.substring(0, dot)) instanceof Map<?, ?> inner) {
            Map<String, Object> copy = copy((Map<String, Object>) inner);
            remove(copy, path.substring(dot + 1));
            map.put(path.substring(0, dot), copy);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Map<String, Object> map) {
        return (Map<String, Object>) deepCopy(map);
    }

    private static Object deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list.stream().map(DriverMerger::deepCopy).toList());
        }
        return value;
    }
}
