package io.nocvault.drivers.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/** Reads driver YAML into plain maps (safe types only, no duplicate keys) and writes it back. */
final class YamlText {

    private YamlText() {}

    /** The YAML as a map; problems (syntax, not a map) are added under {@code path}. */
    static Map<String, Object> read(String yaml, List<DriverProblem> problems) {
        if (yaml == null || yaml.isBlank()) {
            return new LinkedHashMap<>();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(1_000_000);
        try {
            Object value = new Yaml(new SafeConstructor(options)).load(yaml);
            if (value == null) {
                return new LinkedHashMap<>();
            }
            if (value instanceof Map<?, ?> map) {
                return DriverMerger.copy(cast(map));
            }
            problems.add(new DriverProblem("", "must be a YAML map (key: value)"));
        } catch (MarkedYAMLException e) {
            problems.add(new DriverProblem(
                    "", "YAML error at line " + (e.getProblemMark().getLine() + 1) + ": " + e.getProblem()));
        } catch (YAMLException e) {
            problems.add(new DriverProblem("", "YAML error: " + e.getMessage()));
        }
        return new LinkedHashMap<>();
    }

    /** The map as block-style YAML. */
    static String write(Map<String, Object> map) {
        if (map.isEmpty()) {
            return "";
        }
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setWidth(140);
        options.setSplitLines(false);
        return new Yaml(new Representer(options), options).dump(map);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
