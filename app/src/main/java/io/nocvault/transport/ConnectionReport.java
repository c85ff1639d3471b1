package io.nocvault.transport;

import java.util.List;

/**
 * What "test connection" answers: each step with its duration and, for the failed one, the exact error.
 * Serialised as {@code {"ok":…,"steps":[{"step","ok","millis","error"}]}}.
 */
public record ConnectionReport(boolean ok, List<Step> steps) {

    public ConnectionReport {
        steps = List.copyOf(steps);
    }

    public record Step(String step, boolean ok, long millis, String error) {}
}
