package io.nocvault.audit.web;

import io.nocvault.audit.internal.AuditFilterParams;
import io.nocvault.audit.internal.AuditPage;
import io.nocvault.audit.internal.AuditQuery;
import io.nocvault.audit.internal.InvalidAuditFilterException;
import io.nocvault.audit.internal.ParsedAuditFilter;
import io.nocvault.common.web.Views;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/** "Recent actions" in the UI: the full list with filters, the navbar's latest entries, and the CSV export. */
@Controller
@RequestMapping("/audit")
class AuditController {

    static final int RECENT = 15;
    private static final DateTimeFormatter FILE_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final AuditQuery query;

    AuditController(AuditQuery query) {
        this.query = query;
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditFilterParams params, HttpServletRequest request, Model model) {
        ParsedAuditFilter parsed = params.parse();
        model.addAttribute("errors", parsed.errors());
        if (parsed.valid()) {
            AuditPage page = query.page(parsed.filter(), parsed.paging());
            model.addAttribute("rows", rows(page));
            model.addAttribute("pager", AuditPager.of(request, parsed.paging(), page));
        } else {
            model.addAttribute("rows", List.of());
            model.addAttribute("pager", AuditPager.empty());
        }
        return Views.page(request, "audit/list");
    }

    @GetMapping("/recent")
    String recent(Model model) {
        Instant now = Instant.now();
        model.addAttribute(
                "rows",
                query.latest(RECENT).stream().map(e -> AuditRow.of(e, now)).toList());
        return "audit/fragments/recent :: recent";
    }

    /** The filtered list as CSV, written row by row straight to the response. */
    @GetMapping("/export.csv")
    void export(AuditFilterParams params, HttpServletResponse response) throws IOException {
        ParsedAuditFilter parsed = params.parse().orThrow();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(
                HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"nocvault-audit-" + FILE_TIME.format(Instant.now()) + ".csv\"");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        AuditCsv csv = new AuditCsv(out);
        query.forEach(parsed.filter(), csv::write);
        csv.flush();
    }

    @ExceptionHandler(InvalidAuditFilterException.class)
    ResponseEntity<ProblemDetail> invalidFilter(InvalidAuditFilterException e) {
        return ResponseEntity.badRequest().body(e.getBody());
    }

    private static List<AuditRow> rows(AuditPage page) {
        Instant now = Instant.now();
        return page.entries().stream().map(e -> AuditRow.of(e, now)).toList();
    }
}
