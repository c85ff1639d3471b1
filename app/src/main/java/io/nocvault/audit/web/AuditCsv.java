package io.nocvault.audit.web;

import io.nocvault.audit.internal.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes entries as CSV (RFC 4180: fields with commas, quotes or line breaks are quoted), one row at a time.
 * Cells that a spreadsheet would take for a formula get a leading {@code '}.
 */
final class AuditCsv {

    static final String[] HEADER = {
        "time", "actor", "action", "target", "noc_id", "ip", "user_agent", "success", "detail"
    };

    private final CSVPrinter printer;

    AuditCsv(Writer out) throws IOException {
        this.printer = CSVFormat.DEFAULT.builder().setHeader(HEADER).get().print(out);
    }

    void write(AuditEntry entry) {
        try {
            printer.printRecord(
                    entry.time().toString(),
                    cell(entry.actor()),
                    cell(entry.action()),
                    cell(entry.target()),
                    entry.nocId() == null ? "" : entry.nocId().toString(),
                    cell(entry.ip()),
                    cell(entry.userAgent()),
                    entry.success(),
                    cell(entry.detail()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Neutralises spreadsheet formulas: a cell starting with = + - @ (or tab, carriage return) gets a {@code '}. */
    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return switch (value.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + value;
            default -> value;
        };
    }

    /** Pushes what is buffered to the underlying writer; the caller owns (and closes) that writer. */
    void flush() throws IOException {
        printer.flush();
    }
}
