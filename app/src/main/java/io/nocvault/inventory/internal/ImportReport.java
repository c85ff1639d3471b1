package io.nocvault.inventory.internal;

import java.util.List;

/**
 * What a CSV import did (or, in a dry run, would do): how many devices were created and every problem, row by
 * row. {@code line} is the line of the file where the row starts (the header is line 1).
 */
public record ImportReport(int created, boolean dryRun, int rows, List<ImportError> errors, long millis) {

    public ImportReport {
        errors = List.copyOf(errors);
    }

    /** One problem of one row; never repeats a secret. */
    public record ImportError(long line, String field, String message) {}
}
