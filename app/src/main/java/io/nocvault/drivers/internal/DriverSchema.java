package io.nocvault.drivers.internal;

import java.util.List;
import java.util.Set;

/** The parts of the driver format and how each is inherited (see docs/drivers.md, "Inheritance"). */
final class DriverSchema {

    /** The parts a driver defines, in the order they are shown. */
    static final List<String> PARTS = List.of(
            "newline",
            "prompts",
            "login",
            "enable",
            "pager",
            "capture",
            "errors",
            "endOfConfig",
            "normalize",
            "mask",
            "logout",
            "timeouts",
            "restore",
            "vars");

    /** Identity fields: never inherited. */
    static final List<String> IDENTITY = List.of("key", "name", "extends", "reset");

    static final Set<String> TOP = Set.copyOf(concat(PARTS, IDENTITY));

    /** Lists whose entries a child adds to its parent's (unless it names them in {@code reset}). */
    static final Set<String> APPENDED = Set.of(
            "errors",
            "mask",
            "normalize.drop",
            "normalize.rewrite",
            "login.failures",
            "enable.failures",
            "restore.skip",
            "restore.errors");

    /** Paths a child may name in {@code reset} to drop what it inherited there. */
    static final Set<String> RESETTABLE = Set.copyOf(concat(PARTS, List.copyOf(APPENDED)));

    private DriverSchema() {}

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
