package io.nocvault.reporting.internal;

import io.nocvault.inventory.DeviceStatistics.NocCounts;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocScope;
import io.nocvault.noc.NocSummary;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.openpdf.text.Document;
import org.openpdf.text.PageSize;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;
import org.springframework.stereotype.Component;

/**
 * The "Backup status per NOC" PDF: the health summary of the listed NOCs, then one line per NOC with its device
 * counts, health buckets and the last 30 days' backup outcomes.
 */
@Component
public class BackupStatusPdf {

    static final int TREND_DAYS = 30;

    private final DashboardFigures figures;
    private final BackupDays backupDays;
    private final NocDirectory nocs;
    private final NocScope scope;

    BackupStatusPdf(DashboardFigures figures, BackupDays backupDays, NocDirectory nocs, NocScope scope) {
        this.figures = figures;
        this.backupDays = backupDays;
        this.nocs = nocs;
        this.scope = scope;
    }

    /** Gathers the figures now (in the caller's scope) and answers the writer of the PDF. */
    public Consumer<OutputStream> prepare() {
        DashboardFigures.HealthReport health = figures.health();
        LocalDate to = LocalDate.ofInstant(health.at(), ZoneOffset.UTC);
        LocalDate from = to.minusDays(TREND_DAYS - 1L);
        Map<Long, long[]> outcomes = backupDays.perNoc(from, to, scope.listedSqlCondition("noc_id"));
        Map<Long, String> names =
                nocs.listed().stream().collect(Collectors.toMap(NocSummary::id, NocSummary::name, (a, b) -> a));
        return out -> write(out, health, names, outcomes);
    }

    private static void write(
            OutputStream out,
            DashboardFigures.HealthReport health,
            Map<Long, String> names,
            Map<Long, long[]> outcomes) {
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        PdfWriter.getInstance(document, out);
        document.addTitle("Backup status per NOC");
        document.addCreator("NocVault");
        document.open();
        document.add(Pdfs.title("Backup status per NOC"));
        document.add(Pdfs.text("Generated " + Pdfs.time(health.at()) + " for " + names.size() + " NOC(s). Health by"
                + " last backup: healthy = succeeded within 24 h, warning = attempted within 72 h,"
                + " critical = older, unknown = never backed up."));
        NocCounts t = health.total();
        document.add(Pdfs.heading("Health summary"));
        PdfPTable summary = Pdfs.table(
                "Devices",
                "Enabled",
                "Active",
                "Inactive",
                "Healthy",
                "Warning",
                "Critical",
                "Unknown",
                "Backups ok (30 d)",
                "Backups failed (30 d)");
        long[] all = outcomes.values().stream().reduce(new long[2], (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        counts(summary, t, all);
        document.add(summary);
        document.add(Pdfs.heading("Per NOC"));
        PdfPTable perNoc = Pdfs.table(
                "NOC",
                "Devices",
                "Enabled",
                "Active",
                "Inactive",
                "Healthy",
                "Warning",
                "Critical",
                "Unknown",
                "Backups ok (30 d)",
                "Backups failed (30 d)");
        perNoc.setWidths(new float[] {3, 1, 1, 1, 1, 1, 1, 1, 1, 1.4f, 1.4f});
        List<NocCounts> rows = health.perNoc();
        for (NocCounts c : rows) {
            Pdfs.cell(perNoc, names.getOrDefault(c.nocId(), "NOC #" + c.nocId()), Pdfs.TEXT);
            counts(perNoc, c, outcomes.getOrDefault(c.nocId(), new long[2]));
        }
        if (rows.isEmpty()) {
            Pdfs.cell(perNoc, "No devices", Pdfs.TEXT);
            for (int i = 0; i < 10; i++) {
                Pdfs.cell(perNoc, "", Pdfs.TEXT);
            }
        }
        document.add(perNoc);
        document.close();
    }

    private static void counts(PdfPTable table, NocCounts c, long[] outcomes) {
        for (long value : new long[] {
            c.total(),
            c.enabled(),
            c.active(),
            c.inactive(),
            c.healthy(),
            c.warning(),
            c.critical(),
            c.unknown(),
            outcomes[0],
            outcomes[1]
        }) {
            Pdfs.number(table, value);
        }
    }
}
