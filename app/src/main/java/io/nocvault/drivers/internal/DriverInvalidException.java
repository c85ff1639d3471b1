package io.nocvault.drivers.internal;

import java.util.List;
import java.util.stream.Collectors;

/** A driver that does not validate: every problem found, not just the first. */
public class DriverInvalidException extends RuntimeException {

    private final transient List<DriverProblem> problems;

    public DriverInvalidException(String key, List<DriverProblem> problems) {
        super("driver " + key + " is invalid: "
                + problems.stream().map(p -> p.path() + ": " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<DriverProblem> problems() {
        return problems;
    }
}
