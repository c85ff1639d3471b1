package io.nocvault.drivers;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A resolved, validated, immutable driver: a built-in YAML driver or a user-defined device type with its
 * inheritance already applied. See {@code docs/drivers.md} for the meaning of every part.
 *
 * @param key unique key, {@code [a-z0-9_]+}
 * @param name display name
 * @param baseKey the driver it extends, or {@code null}
 * @param builtIn shipped with NocVault (read-only)
 * @param newline what the engine sends as Enter ({@code \n}, {@code \r} or {@code \r\n})
 * @param prompts user and privileged prompt patterns
 * @param login in-band login dialog (press-any-key, user name and password prompts)
 * @param enable enable dialog, or {@code null} when the driver has none
 * @param pager paging-off commands and the pager prompt
 * @param captures the commands to capture, the {@code config} section first
 * @param errors patterns of error output that reject a command
 * @param endOfConfig how a complete configuration is recognised
 * @param normalization rules that remove volatile content before change detection
 * @param masks secret patterns: every capturing group (or the whole match) is shown as {@code <removed>}
 * @param logout the command that ends the session
 * @param timeouts connect, login and per-command timeouts
 * @param restore the restore procedure, or {@code null}
 * @param vars variables that commands reference as {@code ${name}}
 * @param yaml the resolved driver as YAML (for display and copying)
 * @param origins for each top-level part, which drivers defined it (leaf first)
 */
public record Driver(
        String key,
        String name,
        String baseKey,
        boolean builtIn,
        String newline,
        Prompts prompts,
        Login login,
        Enable enable,
        Pager pager,
        List<Capture> captures,
        List<Pattern> errors,
        EndOfConfig endOfConfig,
        Normalization normalization,
        List<Pattern> masks,
        String logout,
        Timeouts timeouts,
        Restore restore,
        Map<String, String> vars,
        String yaml,
        Map<String, List<String>> origins) {

    /** The same driver with other timeouts (a device may override its type's timeouts). */
    public Driver withTimeouts(Timeouts other) {
        return new Driver(
                key,
                name,
                baseKey,
                builtIn,
                newline,
                prompts,
                login,
                enable,
                pager,
                captures,
                errors,
                endOfConfig,
                normalization,
                masks,
                logout,
                other,
                restore,
                vars,
                yaml,
                origins);
    }

    /** Whether the driver declares a restore procedure (a config can be pushed back to the device). */
    public boolean canRestore() {
        return restore != null;
    }

    /** The capture of the given section, if the driver has one. */
    public Optional<Capture> capture(String section) {
        return captures.stream().filter(c -> c.section().equals(section)).findFirst();
    }

    /** Prompt patterns, matched against the last (unfinished) line of output; either may be null, not both. */
    public record Prompts(Pattern user, Pattern privileged) {}

    /** In-band login: patterns are optional; {@code failures} mean the login was refused. */
    public record Login(
            Pattern pressAnyKey,
            String pressAnyKeyAnswer,
            Pattern username,
            Pattern password,
            List<Pattern> failures) {}

    /** Enable dialog: the command, the password prompt, and failure patterns. */
    public record Enable(String command, Pattern passwordPrompt, List<Pattern> failures) {}

    /** Paging: commands that disable it, and the pager prompt with its answer for when it still appears. */
    public record Pager(List<String> disable, Pattern prompt, String answer) {}

    /** One command to capture into a section; an optional one may be rejected without failing the capture. */
    public record Capture(String section, String command, boolean optional) {}

    /** A normalization rewrite: every match of the pattern is replaced (Java replacement syntax). */
    public record Rewrite(Pattern pattern, String replacement) {}

    /** Normalization: lines matching {@code drop} are removed, then every {@code rewrite} is applied. */
    public record Normalization(List<Pattern> drop, List<Rewrite> rewrite) {}

    /** Timeouts, already defaulted from {@code nocvault.drivers.*}. */
    public record Timeouts(Duration connect, Duration login, Duration command) {}

    /**
     * The end-of-config check: every condition given must hold. {@code lastLine} must match the last non-blank
     * line, {@code contains} some line; {@code promptReturned} alone accepts any output the prompt followed.
     */
    public record EndOfConfig(Pattern lastLine, Pattern contains, boolean promptReturned) {

        /** Whether the captured configuration passes the check. */
        public boolean passes(String config) {
            List<String> lines = config.lines().map(String::stripTrailing).toList();
            if (lastLine != null) {
                String last = lines.reversed().stream()
                        .filter(l -> !l.isBlank())
                        .findFirst()
                        .orElse(null);
                if (last == null || !lastLine.matcher(last).find()) {
                    return false;
                }
            }
            return contains == null
                    || lines.stream().anyMatch(l -> contains.matcher(l).find());
        }
    }

    /**
     * Restore: steps run at the privileged prompt; {@code prompt} is the configuration-mode prompt; lines matching
     * {@code skip} are not pushed; {@code errors} are added to the driver's error patterns.
     */
    public record Restore(Pattern prompt, List<Pattern> skip, List<Pattern> errors, List<RestoreStep> steps) {}

    /**
     * One restore step: either {@code send} a command (with {@code raw}, the text is sent as is, without newline
     * or echo) or push the configuration ({@code config}); then wait as {@code expect} says, or until {@code
     * until} appears in the output.
     */
    public record RestoreStep(String send, boolean raw, ConfigPush config, Expect expect, Pattern until) {}

    /** How the configuration is pushed: line by line waiting for the prompt, or streamed without waiting. */
    public enum ConfigPush {
        LINES,
        STREAM
    }

    /** What a restore step waits for. */
    public enum Expect {
        PROMPT,
        CONFIG,
        NONE
    }
}
