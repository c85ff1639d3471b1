package io.nocvault.drivers.internal;

import io.nocvault.drivers.CaptureResult;
import io.nocvault.drivers.Driver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a {@link Driver} from a merged driver map and validates it: every regex compiles, the required parts
 * (a prompt, a {@code config} capture, an end-of-config check) are present, every referenced variable is defined.
 */
final class DriverParser {

    static final Pattern KEY = Pattern.compile("[a-z0-9_]+");
    static final Set<String> NEWLINES = Set.of("\n", "\r", "\r\n");

    private final List<DriverProblem> problems = new ArrayList<>();
    private final Driver.Timeouts defaults;

    DriverParser(Driver.Timeouts defaults) {
        this.defaults = defaults;
    }

    /** The driver, or a {@link DriverInvalidException} with every problem. */
    Driver parse(DriverIdentity id, Map<?, ?> merged, String yaml, Map<String, List<String>> origins) {
        YamlNode root = new YamlNode("", merged, problems);
        root.allowOnly(DriverSchema.TOP);
        identity(id);
        String newline = root.string("newline") == null ? "\n" : root.string("newline");
        if (!NEWLINES.contains(newline)) {
            root.problem("newline", "must be \"\\n\", \"\\r\" or \"\\r\\n\"");
        }
        Driver.Prompts prompts = prompts(root.node("prompts"));
        Driver.Enable enable = enable(root, prompts);
        List<Driver.Capture> captures = captures(root);
        Map<String, String> vars = vars(root.node("vars"));
        checkVariables(captures, vars);
        Driver driver = new Driver(
                id.key(),
                id.name(),
                id.baseKey(),
                id.builtIn(),
                newline,
                prompts,
                login(root.node("login")),
                enable,
                pager(root.node("pager")),
                captures,
                root.patterns("errors"),
                endOfConfig(root.node("endOfConfig"), root.has("endOfConfig")),
                normalization(root.node("normalize")),
                root.patterns("mask"),
                root.string("logout"),
                timeouts(root.node("timeouts")),
                new RestoreParser().parse(root),
                vars,
                yaml,
                origins);
        if (!problems.isEmpty()) {
            throw new DriverInvalidException(id.key(), problems);
        }
        return driver;
    }

    private void identity(DriverIdentity id) {
        if (id.key() == null || !KEY.matcher(id.key()).matches()) {
            problems.add(new DriverProblem("key", "must be lower-case letters, digits and _"));
        }
        if (id.name() == null || id.name().isBlank()) {
            problems.add(new DriverProblem("name", "is required"));
        }
    }

    private Driver.Prompts prompts(YamlNode node) {
        node.allowOnly(Set.of("user", "privileged"));
        Pattern user = node.pattern("user");
        Pattern privileged = node.pattern("privileged");
        if (!node.has("user") && !node.has("privileged")) {
            node.problem(null, "a user or privileged prompt pattern is required");
        }
        return new Driver.Prompts(user, privileged);
    }

    private Driver.Login login(YamlNode node) {
        node.allowOnly(Set.of("pressAnyKey", "pressAnyKeyAnswer", "username", "password", "failures"));
        String answer = node.string("pressAnyKeyAnswer");
        return new Driver.Login(
                node.pattern("pressAnyKey"),
                answer == null || answer.isEmpty() ? " " : answer,
                node.pattern("username"),
                node.pattern("password"),
                node.patterns("failures"));
    }

    private Driver.Enable enable(YamlNode root, Driver.Prompts prompts) {
        if (!root.has("enable")) {
            return null;
        }
        YamlNode node = root.node("enable");
        node.allowOnly(Set.of("command", "passwordPrompt", "failures"));
        if (root.node("prompts").has("user") != root.node("prompts").has("privileged")) {
            root.problem("prompts", "a driver with enable needs both a user and a privileged prompt");
        }
        String command = node.required("command");
        Pattern password = node.pattern("passwordPrompt");
        if (!node.has("passwordPrompt")) {
            node.problem("passwordPrompt", "is required");
        }
        return new Driver.Enable(command, password, node.patterns("failures"));
    }

    private Driver.Pager pager(YamlNode node) {
        node.allowOnly(Set.of("disable", "prompt", "answer"));
        String answer = node.string("answer");
        return new Driver.Pager(
                node.strings("disable"), node.pattern("prompt"), answer == null || answer.isEmpty() ? " " : answer);
    }

    private List<Driver.Capture> captures(YamlNode root) {
        List<Driver.Capture> captures = new ArrayList<>();
        Set<String> sections = new HashSet<>();
        for (YamlNode node : root.nodes("capture")) {
            node.allowOnly(Set.of("section", "command", "optional", "remove"));
            String section = node.required("section");
            String command = node.required("command");
            boolean optional = node.bool("optional");
            if (section != null && !KEY.matcher(section).matches()) {
                node.problem("section", "must be lower-case letters, digits and _");
            } else if (section != null && !sections.add(section)) {
                node.problem("section", "appears twice");
            }
            if (CaptureResult.CONFIG.equals(section) && optional) {
                node.problem("optional", "the config cannot be optional");
            }
            captures.add(new Driver.Capture(section, command, optional));
        }
        if (!sections.contains(CaptureResult.CONFIG)) {
            root.problem("capture", "a capture with section 'config' is required");
        }
        return List.copyOf(captures);
    }

    private Map<String, String> vars(YamlNode node) {
        Map<String, String> vars = new LinkedHashMap<>();
        node.raw().forEach((k, v) -> {
            if (v instanceof Map || v instanceof List) {
                node.problem(String.valueOf(k), "must be text");
            } else {
                vars.put(String.valueOf(k), v == null ? "" : String.valueOf(v));
            }
        });
        return Map.copyOf(vars);
    }

    private void checkVariables(List<Driver.Capture> captures, Map<String, String> vars) {
        for (int i = 0; i < captures.size(); i++) {
            String command = captures.get(i).command();
            for (String name : command == null ? Set.<String>of() : Commands.variables(command)) {
                if (!vars.containsKey(name)) {
                    problems.add(
                            new DriverProblem("capture[" + i + "].command", "variable ${" + name + "} is not in vars"));
                }
            }
        }
    }

    private Driver.EndOfConfig endOfConfig(YamlNode node, boolean present) {
        node.allowOnly(Set.of("lastLine", "contains", "promptReturned"));
        Driver.EndOfConfig check =
                new Driver.EndOfConfig(node.pattern("lastLine"), node.pattern("contains"), node.bool("promptReturned"));
        if (!present || (!node.has("lastLine") && !node.has("contains") && !check.promptReturned())) {
            node.problem(null, "an end-of-config check (lastLine, contains or promptReturned: true) is required");
        }
        return check;
    }

    private Driver.Normalization normalization(YamlNode node) {
        node.allowOnly(Set.of("drop", "rewrite"));
        List<Driver.Rewrite> rewrites = new ArrayList<>();
        for (YamlNode rule : node.nodes("rewrite")) {
            rule.allowOnly(Set.of("pattern", "replace"));
            Pattern pattern = rule.pattern("pattern");
            rule.required("pattern");
            String replacement = rule.string("replace") == null ? "" : rule.string("replace");
            if (pattern != null) {
                try {
                    pattern.matcher("").replaceAll(replacement);
                    rewrites.add(new Driver.Rewrite(pattern, replacement));
                } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
                    rule.problem("replace", "invalid replacement: " + e.getMessage());
                }
            }
        }
        return new Driver.Normalization(node.patterns("drop"), List.copyOf(rewrites));
    }

    private Driver.Timeouts timeouts(YamlNode node) {
        node.allowOnly(Set.of("connect", "login", "command"));
        return new Driver.Timeouts(
                node.duration("connect", defaults.connect()),
                node.duration("login", defaults.login()),
                node.duration("command", defaults.command()));
    }

    /** The restore part, parsed into the same problem list. */
    private final class RestoreParser {

        Driver.Restore parse(YamlNode root) {
            if (!root.has("restore")) {
                return null;
            }
            YamlNode node = root.node("restore");
            node.allowOnly(Set.of("prompt", "skip", "errors", "steps"));
            List<Driver.RestoreStep> steps = new ArrayList<>();
            for (YamlNode step : node.nodes("steps")) {
                steps.add(step(step));
            }
            if (steps.isEmpty()) {
                node.problem("steps", "at least one step is required");
            }
            boolean needsPrompt = steps.stream()
                    .anyMatch(s -> s.expect() == Driver.Expect.CONFIG || s.config() == Driver.ConfigPush.LINES);
            if (needsPrompt && !node.has("prompt")) {
                node.problem("prompt", "is required when a step waits for the configuration prompt");
            }
            return new Driver.Restore(
                    node.pattern("prompt"), node.patterns("skip"), node.patterns("errors"), List.copyOf(steps));
        }

        private Driver.RestoreStep step(YamlNode step) {
            step.allowOnly(Set.of("send", "raw", "config", "expect", "until"));
            String send = step.string("send");
            String config = step.string("config");
            if ((send == null) == (config == null)) {
                step.problem(null, "a step has either send or config");
            }
            Driver.ConfigPush push = config == null ? null : enumValue(step, "config", Driver.ConfigPush.class);
            String expect = step.string("expect");
            Driver.Expect wait = expect == null ? Driver.Expect.PROMPT : enumValue(step, "expect", Driver.Expect.class);
            return new Driver.RestoreStep(send, step.bool("raw"), push, wait, step.pattern("until"));
        }

        private <E extends Enum<E>> E enumValue(YamlNode node, String key, Class<E> type) {
            String value = node.string(key);
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(value)) {
                    return constant;
                }
            }
            node.problem(
                    key,
                    "must be one of "
                            + List.of(type.getEnumConstants()).toString().toLowerCase());
            return type.getEnumConstants()[0];
        }
    }
}
