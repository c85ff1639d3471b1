package io.nocvault.reporting.internal;

import io.nocvault.audit.RecentActions;
import io.nocvault.audit.RecentActions.Action;
import io.nocvault.common.Walk;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The "Audit report" PDF: the caller's visible "Recent actions" of a date range (UTC days, both inclusive), newest
 * first. Rows are added to the document in chunks, so a long range is not held in memory.
 */
@Component
public class AuditPdf {

    private static final int CHUNK = 200;

    private final RecentActions actions;
    private final Clock clock;

    AuditPdf(RecentActions actions, Clock clock) {
        this.actions = actions;
        this.clock = clock;
    }

    /** Fixes the caller's visibility now and answers the writer of the PDF for {@code [from, to]}. */
    public Consumer<OutputStream> prepare(LocalDate from, LocalDate to) {
        Instant start = from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end =
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Walk<Action> entries = actions.between(start, end);
        Instant now = clock.instant();
        String range = (from == null ? "the beginning" : from.toString()) + " to "
                + (to == null ? "today" : to.toString()) + " (UTC, inclusive)";
        return out -> write(out, entries, range, now);
    }

    private static void write(OutputStream out, Walk<Action> entries, String range, Instant now) {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle("Audit report");
        document.addCreator("NocVault");
        document.open();
        document.add(Pdfs.title("Audit report"));
        document.add(Pdfs.text("Recent actions from " + range + ". Generated " + Pdfs.time(now) + "."));
        PdfPTable table = newTable();
        AtomicLong count = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        PdfPTable[] current = {table};
        entries.forEach(a -> {
            row(current[0], a);
            count.incrementAndGet();
            if (!a.success()) {
                failed.incrementAndGet();
            }
            if (count.get() % CHUNK == 0) {
                document.add(current[0]);
            }
        });
        current[0].setComplete(true);
        document.add(current[0]);
        document.add(Pdfs.heading("Summary"));
        document.add(Pdfs.text(count.get() + " action(s), " + failed.get() + " failed."));
        document.close();
    }

    private static PdfPTable newTable() {
        PdfPTable table = Pdfs.table("Time", "Actor", "Action", "Target", "NOC", "Source IP", "Result", "Detail");
        table.setWidths(new float[] {2.2f, 1.5f, 2f, 3f, 0.7f, 1.4f, 0.9f, 3f});
        table.setComplete(false);
        return table;
    }

    private static void row(PdfPTable table, Action a) {
        Pdfs.cell(table, Pdfs.time(a.at()), Pdfs.SMALL);
        Pdfs.cell(table, a.actor(), Pdfs.SMALL);
        Pdfs.cell(table, a.action(), Pdfs.SMALL);
        Pdfs.cell(table, a.target(), Pdfs.SMALL);
        Pdfs.cell(table, a.nocId() == null ? "" : "#" + a.nocId(), Pdfs.SMALL);
        Pdfs.cell(table, a.ip(), Pdfs.SMALL);
        Pdfs.cell(table, a.success() ? "ok" : "failed", Pdfs.SMALL);
        Pdfs.cell(table, a.detail(), Pdfs.SMALL);
    }
}
