package io.nocvault.drivers.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The records the device-type service exchanges with the web layer (UI and API). */
public final class DeviceTypes {

    private DeviceTypes() {}

    /** One row of the device type list. */
    public record Summary(String key, String name, String baseKey, boolean builtIn, List<String> sections) {}

    /**
     * One device type in full.
     *
     * @param overrides the type's own YAML (a built-in's whole file body)
     * @param resolvedYaml the driver after inheritance
     * @param origins for each part, the drivers that define it (leaf first)
     */
    public record Details(
            String key,
            String name,
            String baseKey,
            boolean builtIn,
            String overrides,
            String resolvedYaml,
            Map<String, List<String>> origins,
            Instant createdAt,
            Instant updatedAt) {}

    /** What a user submits to create or change a type (the key is ignored on update). */
    public record Command(String key, String name, String baseKey, String overrides) {}

    /** The one filter of the UI and API lists: free text on key and name, and built-in or user-defined. */
    public record Filter(String q, Boolean builtIn) {

        boolean accepts(Summary s) {
            boolean text = q == null
                    || q.isBlank()
                    || s.key().contains(q.strip().toLowerCase())
                    || s.name().toLowerCase().contains(q.strip().toLowerCase());
            return text && (builtIn == null || builtIn == s.builtIn());
        }
    }

    /** A type that fails validation, with one problem per field ({@code key}, {@code overrides.prompts.user}…). */
    public static class InvalidException extends RuntimeException {

        private final transient List<DriverProblem> problems;

        public InvalidException(List<DriverProblem> problems) {
            super("Invalid device type");
            this.problems = List.copyOf(problems);
        }

        public List<DriverProblem> problems() {
            return problems;
        }
    }
}
