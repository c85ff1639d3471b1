package io.nocvault.reporting.web;

import io.nocvault.common.web.Views;
import io.nocvault.reporting.internal.AuditPdf;
import io.nocvault.reporting.internal.BackupStatusPdf;
import io.nocvault.reporting.internal.ReportCsv;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The reports page and the reports themselves, under {@code /reports/…} for the UI (session) and
 * {@code /api/v1/reports/…} for the API (token): CSV exports of devices, versions, backup runs and recent actions, and the PDF
 * reports. All follow the caller's NOC scope (the switcher's NOC in the UI); files are streamed as they are made.
 * Dates are UTC days, {@code to} inclusive.
 */
@Controller
class ReportsController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final ReportCsv csv;
    private final BackupStatusPdf statusPdf;
    private final AuditPdf auditPdf;
    private final Clock clock;

    ReportsController(ReportCsv csv, BackupStatusPdf statusPdf, AuditPdf auditPdf, Clock clock) {
        this.csv = csv;
        this.statusPdf = statusPdf;
        this.auditPdf = auditPdf;
        this.clock = clock;
    }

    @GetMapping("/reports")
    String page(HttpServletRequest request, Model model) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        model.addAttribute("today", today);
        model.addAttribute("monthAgo", today.minusDays(30));
        return Views.page(request, "reporting/reports");
    }

    @GetMapping({"/reports/devices.csv", "/api/v1/reports/devices.csv"})
    ResponseEntity<StreamingResponseBody> devices() {
        return file("devices", "csv", CSV, csv.devices());
    }

    @GetMapping({"/reports/versions.csv", "/api/v1/reports/versions.csv"})
    ResponseEntity<StreamingResponseBody> versions(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return file("versions", "csv", CSV, csv.versions(from, to));
    }

    @GetMapping({"/reports/runs.csv", "/api/v1/reports/runs.csv"})
    ResponseEntity<StreamingResponseBody> runs(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return file("runs", "csv", CSV, csv.runs(from, to));
    }

    @GetMapping({"/reports/audit.csv", "/api/v1/reports/audit.csv"})
    ResponseEntity<StreamingResponseBody> auditCsv(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return file("audit", "csv", CSV, csv.actions(from, to));
    }

    @GetMapping({"/reports/backup-status.pdf", "/api/v1/reports/backup-status.pdf"})
    ResponseEntity<StreamingResponseBody> backupStatus() {
        return file("backup-status", "pdf", MediaType.APPLICATION_PDF, statusPdf.prepare());
    }

    @GetMapping({"/reports/audit.pdf", "/api/v1/reports/audit.pdf"})
    ResponseEntity<StreamingResponseBody> auditPdf(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return file("audit", "pdf", MediaType.APPLICATION_PDF, auditPdf.prepare(from, to));
    }

    private ResponseEntity<StreamingResponseBody> file(
            String name, String extension, MediaType type, Consumer<OutputStream> writer) {
        String filename = "nocvault-" + name + "-" + FILE_TIME.format(clock.instant()) + "." + extension;
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .body(writer::accept);
    }
}
