package io.nocvault.simulator.internal.config;

import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Where a platform's config can be changed safely: description-like lines (group {@code text} is rewritten) and
 * route-like entries of {@code entrySize} lines starting at a line matching {@code entryStart}.
 */
public record MutationSpec(
        Pattern description,
        Pattern entryStart,
        int entrySize,
        IntFunction<List<String>> newEntry,
        String commentPrefix) {

    /** The destination network of the n-th added route: 10.101.0.0/24, 10.101.1.0/24, … (never 10.100.x). */
    public static String network(int n) {
        return "10." + (101 + (n / 256) % 99) + "." + (n % 256) + ".0";
    }
}
