package io.nocvault.reporting;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import io.nocvault.test.NocVaultWebTest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /api/v1/statistics/*} on a known fixture ({@link ReportingFixture}): exact figures, and NOC scoping (a
 * viewer of NOC A sees only A's figures; an admin of A and B sees both).
 */
@NocVaultWebTest
class StatisticsApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

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
    void dashboardCountsTheViewersNocOnly() throws Exception {
        JsonNode d = json("/api/v1/statistics/dashboard", as(f.viewerA));
        assertThat(counts(d.get("devices")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "total", 5L, "enabled", 4L, "disabled", 1L, "active", 2L, "inactive", 1L, "unpinged", 2L));
        assertThat(counts(d.get("health")))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("healthy", 1L, "warning", 2L, "critical", 1L, "unknown", 1L));
        assertThat(d.get("byType").toString())
                .isEqualTo("[{\"type\":\"cisco_ios\",\"count\":3},{\"type\":\"arista_eos\",\"count\":1},"
                        + "{\"type\":\"juniper_junos\",\"count\":1}]");
        assertThat(d.get("recipients").asLong()).isEqualTo(2);
        assertThat(d.has("nextBackup")).isTrue();
        List<String> overview = d.get("overview")
                .valueStream()
                .map(n -> n.get("hostname").asString())
                .toList();
        assertThat(overview).containsExactly(f.host("a1"), f.host("a2"), f.host("a3"), f.host("a4"), f.host("a5"));
        assertThat(d.get("overview").get(0).get("health").asString()).isEqualTo("HEALTHY");
        assertThat(d.get("overview").get(0).get("backupStatus").asString()).isEqualTo("SUCCESS");
        String actions = d.get("recentActions").toString();
        assertThat(actions).contains("report-a-one-" + f.tag, "report-a-two-" + f.tag);
        assertThat(actions).doesNotContain("report-b-one-" + f.tag);
        assertThat(d.toString()).doesNotContain("pw-secret");
    }

    @Test
    void anAdminOfBothNocsSeesBoth() throws Exception {
        JsonNode d = json("/api/v1/statistics/dashboard", as(f.adminAb));
        assertThat(d.get("devices").get("total").asLong()).isEqualTo(7);
        assertThat(d.get("devices").get("active").asLong()).isEqualTo(3);
        assertThat(d.get("devices").get("inactive").asLong()).isEqualTo(2);
        assertThat(d.get("health").get("healthy").asLong()).isEqualTo(2);
        assertThat(d.get("health").get("unknown").asLong()).isEqualTo(2);
        assertThat(d.get("recipients").asLong()).isEqualTo(3);
        assertThat(d.get("recentActions").toString()).contains("report-b-one-" + f.tag);
    }

    @Test
    void backupTrendsCountEveryDayOfTheWindow() throws Exception {
        LocalDate today = LocalDate.ofInstant(f.now, ZoneOffset.UTC);
        JsonNode viewer = json("/api/v1/statistics/backup-trends?days=30", as(f.viewerA));
        assertThat(viewer.get("results").size()).isEqualTo(30);
        assertThat(viewer.get("from").asString()).isEqualTo(today.minusDays(29).toString());
        assertThat(viewer.get("to").asString()).isEqualTo(today.toString());
        JsonNode last = viewer.get("results").get(29);
        assertThat(last.get("day").asString()).isEqualTo(today.toString());
        assertThat(last.get("succeeded").asLong()).isEqualTo(2);
        assertThat(last.get("failed").asLong()).isEqualTo(1);
        assertThat(viewer.get("results").get(28).get("succeeded").asLong()).isEqualTo(1);
        assertThat(viewer.get("succeeded").asLong()).isEqualTo(3);
        assertThat(viewer.get("failed").asLong()).isEqualTo(1);
        assertThat(viewer.get("successRate").asDouble()).isEqualTo(75.0);

        JsonNode admin = json("/api/v1/statistics/backup-trends?days=60", as(f.adminAb));
        assertThat(admin.get("results").size()).isEqualTo(60);
        assertThat(admin.get("succeeded").asLong()).isEqualTo(4);
        assertThat(admin.get("failed").asLong()).isEqualTo(6);
    }

    @Test
    void deviceHealthListsBucketsPerNocAndDevices() throws Exception {
        JsonNode h = json("/api/v1/statistics/device-health?limit=2", as(f.adminAb));
        assertThat(counts(h.get("summary")))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("healthy", 2L, "warning", 2L, "critical", 1L, "unknown", 2L));
        assertThat(h.get("perNoc").size()).isEqualTo(2);
        assertThat(h.get("perNoc").get(0).get("nocId").asLong()).isEqualTo(Math.min(f.nocA, f.nocB));
        assertThat(h.get("devices").get("count").asLong()).isEqualTo(7);
        assertThat(h.get("devices").get("results").size()).isEqualTo(2);
        assertThat(h.get("devices").get("next").asString()).contains("offset=2");
    }

    @Test
    void storageByDeviceIsLargestFirstAndScoped() throws Exception {
        JsonNode viewer = json("/api/v1/statistics/storage-by-device?limit=10", as(f.viewerA));
        JsonNode rows = viewer.get("results");
        assertThat(rows.size()).isEqualTo(2);
        assertThat(rows.get(0).get("hostname").asString()).isEqualTo(f.host("a2"));
        assertThat(rows.get(0).get("bytes").asLong()).isEqualTo(5000);
        assertThat(rows.get(0).get("versions").asLong()).isEqualTo(1);
        assertThat(rows.get(1).get("hostname").asString()).isEqualTo(f.host("a1"));
        assertThat(rows.get(1).get("bytes").asLong()).isEqualTo(930);
        assertThat(rows.get(1).get("versions").asLong()).isEqualTo(3);
        assertThat(rows.get(1).get("averageBytes").asLong()).isEqualTo(310);

        JsonNode admin = json("/api/v1/statistics/storage-by-device?limit=1", as(f.adminAb));
        assertThat(admin.get("results").size()).isEqualTo(1);
        assertThat(admin.get("results").get(0).get("hostname").asString()).isEqualTo(f.host("b1"));
        assertThat(admin.get("results").get(0).get("megabytes").asDouble()).isEqualTo(0.09);
    }

    @Test
    void theApiNeedsAUser() throws Exception {
        assertThat(mvc.perform(get("/api/v1/statistics/dashboard"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(401);
    }

    JsonNode json(String url, RequestPostProcessor user) throws Exception {
        var response = mvc.perform(get(url).with(user)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return JSON.readTree(response.getContentAsString());
    }

    static Map<String, Long> counts(JsonNode node) {
        Map<String, Long> values = new java.util.HashMap<>();
        node.properties().forEach(e -> values.put(e.getKey(), e.getValue().asLong()));
        return values;
    }
}
