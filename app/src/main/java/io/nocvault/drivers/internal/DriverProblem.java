package io.nocvault.drivers.internal;

/** One validation problem of a driver: where (a dotted path such as {@code prompts.user}) and what. */
public record DriverProblem(String path, String message) {

    /** The same problem under a prefix, e.g. the form field that holds the YAML. */
    public DriverProblem under(String prefix) {
        return new DriverProblem(path.isEmpty() ? prefix : prefix + "." + path, message);
    }
}
