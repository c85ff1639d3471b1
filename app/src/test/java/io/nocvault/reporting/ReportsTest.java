package io.nocvault.reporting;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.nocvault.test.NocVaultWebTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** CSV and PDF reports: content, scoping, and the UI and API paths. */
@NocVaultWebTest
class ReportsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    ReportingFixture f;

    @BeforeEach
    void setUp() {
        f = new ReportingFixture(context);
    }

    @Test
    void devicesCsvListsTheViewersDevicesWithoutSecrets() throws Exception {
        MockHttpServletResponse response = download("/api/v1/reports/devices.csv", as(f.viewerA));
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".csv");
        String text = response.getContentAsString(StandardCharsets.UTF_8);
        List<CSVRecord> rows = csv(text);
        assertThat(rows)
                .extracting(r -> r.get("hostname"))
                .containsExactly(f.host("a1"), f.host("a2"), f.host("a3"), f.host("a4"), f.host("a5"));
        CSVRecord a1 = rows.get(0);
        assertThat(a1.get("device_type")).isEqualTo("cisco_ios");
        assertThat(a1.get("reachability")).isEqualTo("ACTIVE");
        assertThat(a1.get("last_backup_status")).isEqualTo("SUCCESS");
        assertThat(a1.get("health")).isEqualTo("HEALTHY");
        assertThat(rows.get(3).get("enabled")).isEqualTo("false");
        assertThat(text).doesNotContain(f.host("b1"), "pw-secret");
    }

    @Test
    void versionsCsvHonoursTheDateRangeAndScope() throws Exception {
        LocalDate today = LocalDate.ofInstant(f.now, ZoneOffset.UTC);
        String url = "/reports/versions.csv?from=" + today.minusDays(1) + "&to=" + today;
        List<CSVRecord> rows = csv(download(url, as(f.adminAb)).getContentAsString(StandardCharsets.UTF_8));
        List<CSVRecord> mine =
                rows.stream().filter(r -> r.get("hostname").endsWith(f.tag)).toList();
        assertThat(mine).hasSize(5);
        assertThat(mine).extracting(r -> r.get("size")).contains("300", "310", "320", "5000", "90000");
        List<CSVRecord> viewer = csv(download(url, as(f.viewerA)).getContentAsString(StandardCharsets.UTF_8));
        assertThat(viewer).extracting(r -> r.get("hostname")).doesNotContain(f.host("b1"));
        assertThat(viewer).extracting(r -> r.get("hostname")).contains(f.host("a1"), f.host("a2"));
        String old = "/reports/versions.csv?to=" + today.minusDays(2);
        assertThat(csv(download(old, as(f.viewerA)).getContentAsString(StandardCharsets.UTF_8)))
                .extracting(r -> r.get("hostname"))
                .doesNotContain(f.host("a1"));
    }

    @Test
    void runsCsvCountsTheReadersDevicesInTheRange() throws Exception {
        LocalDate today = LocalDate.ofInstant(f.now, ZoneOffset.UTC);
        String url = "/api/v1/reports/runs.csv?from=" + today.minusDays(1) + "&to=" + today;
        MockHttpServletResponse response = download(url, as(f.viewerA));
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", "nocvault-runs-", ".csv");
        List<CSVRecord> viewer = mine(csv(response.getContentAsString(StandardCharsets.UTF_8)));
        assertThat(viewer).hasSize(1);
        CSVRecord run = viewer.getFirst();
        assertThat(run.get("target")).as("a formula is neutralised").isEqualTo("'=run " + f.tag);
        assertThat(run.get("status")).isEqualTo("FINISHED");
        assertThat(run.get("started_by")).isEqualTo("tester");
        assertThat(run.get("duration_ms")).isEqualTo("60000");
        assertThat(List.of(
                        run.get("devices"),
                        run.get("stored"),
                        run.get("unchanged"),
                        run.get("failed"),
                        run.get("skipped")))
                .as("only NOC A's two devices")
                .containsExactly("2", "1", "0", "1", "0");

        List<CSVRecord> both =
                mine(csv(download("/reports/runs.csv", as(f.adminAb)).getContentAsString(StandardCharsets.UTF_8)));
        assertThat(both).extracting(r -> r.get("target")).containsExactly("'=run " + f.tag, "old run " + f.tag);
        assertThat(both.getFirst().get("devices")).isEqualTo("3");
        assertThat(both.getFirst().get("unchanged")).isEqualTo("1");
    }

    private List<CSVRecord> mine(List<CSVRecord> rows) {
        return rows.stream().filter(r -> r.get("target").endsWith(f.tag)).toList();
    }

    @Test
    void auditCsvHasTheViewersEntries() throws Exception {
        String text = download("/api/v1/reports/audit.csv", as(f.viewerA)).getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).contains("report-a-one-" + f.tag, "report-a-two-" + f.tag, "192.0.2.7");
        assertThat(text).doesNotContain("report-b-one-" + f.tag);
    }

    @Test
    void backupStatusPdfSummarisesHealthPerNoc() throws Exception {
        MockHttpServletResponse response = download("/reports/backup-status.pdf", as(f.viewerA));
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        String text = pdfText(response.getContentAsByteArray());
        assertThat(text).contains("Backup status per NOC", "Health summary", "Per NOC", f.nameA);
        assertThat(text).doesNotContain(f.nameB);
        // NOC A: 5 devices, 4 enabled, 2 active, 1 inactive, 1 healthy, 2 warning, 1 critical, 1 unknown,
        // last 30 days 3 succeeded and 1 failed (the extracted text joins adjacent cells)
        assertThat(squeeze(text)).contains(squeeze(f.nameA) + "5421121131");

        String both = pdfText(
                download("/api/v1/reports/backup-status.pdf", as(f.adminAb)).getContentAsByteArray());
        assertThat(both).contains(f.nameA, f.nameB);
        assertThat(squeeze(both)).contains(squeeze(f.nameB) + "2211100105");
    }

    @Test
    void auditPdfListsTheRange() throws Exception {
        LocalDate today = LocalDate.ofInstant(f.now, ZoneOffset.UTC);
        String url = "/reports/audit.pdf?from=" + today + "&to=" + today;
        String text = pdfText(download(url, as(f.viewerA)).getContentAsByteArray());
        assertThat(text).contains("Audit report", today + " to " + today, "report-a-one-" + f.tag, "failed");
        assertThat(text).doesNotContain("report-b-one-" + f.tag);
        String yesterday = "/reports/audit.pdf?from=" + today.minusDays(3) + "&to=" + today.minusDays(1);
        assertThat(pdfText(download(yesterday, as(f.viewerA)).getContentAsByteArray()))
                .doesNotContain("report-a-one-" + f.tag);
    }

    @Test
    void theReportsPageLinksEveryReport() throws Exception {
        String page = mvc.perform(get("/reports").with(as(f.viewerA)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains(
                        "/reports/backup-status.pdf",
                        "/reports/audit.pdf",
                        "/reports/devices.csv",
                        "/reports/versions.csv",
                        "/reports/runs.csv",
                        "/reports/audit.csv");
    }

    @Test
    void aBadDateIsRejected() throws Exception {
        int status = mvc.perform(get("/api/v1/reports/audit.pdf?from=yesterday").with(as(f.viewerA)))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(400);
    }

    MockHttpServletResponse download(String url, RequestPostProcessor user) throws Exception {
        MvcResult started = mvc.perform(get(url).with(user)).andReturn();
        MockHttpServletResponse response = started.getRequest().isAsyncStarted()
                ? mvc.perform(asyncDispatch(started)).andReturn().getResponse()
                : started.getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response;
    }

    static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    static List<CSVRecord> csv(String text) throws Exception {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text))
                .getRecords();
    }

    static String pdfText(byte[] pdf) throws Exception {
        PdfReader reader = new PdfReader(pdf);
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return text.toString();
    }
}
