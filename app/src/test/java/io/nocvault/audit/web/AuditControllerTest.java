package io.nocvault.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.audit.AuditAppTest;
import io.nocvault.audit.AuditFixtures;
import io.nocvault.audit.TestNocScope;
import io.nocvault.audit.Unique;
import io.nocvault.audit.Users;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.TestPrincipals;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The "Recent actions" page, the navbar fragment and the CSV export. */
@AuditAppTest
class AuditControllerTest {

    static final Instant T0 = Instant.parse("2025-07-01T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestNocScope scope;

    AuditFixtures fixtures;
    TestPrincipals principals;
    AuthenticatedUser headAdmin;

    @BeforeEach
    void setUp() {
        fixtures = new AuditFixtures(jdbc);
        principals = new TestPrincipals(jdbc);
        headAdmin = principals.create(Role.HEAD_ADMIN);
        scope.reset();
    }

    @AfterEach
    void tearDown() {
        scope.reset();
    }

    @Test
    void pageListsFilteredEntriesWithPager() throws Exception {
        String actor = Unique.name("page");
        for (int i = 0; i < 52; i++) {
            fixtures.insert(T0.plusSeconds(i), actor, "device.added", null, i != 51, "device d" + i, null);
        }

        String html = mvc.perform(get("/audit").queryParam("actor", actor).with(Users.as(headAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<title>Recent actions")))
                .andExpect(content().string(containsString("2025-07-01 08:00:51 UTC")))
                .andExpect(content().string(containsString("title=\"2025-07-01T08:00:51Z\"")))
                .andExpect(content().string(containsString("badge bad")))
                .andExpect(content().string(containsString("1–50 of 52")))
                .andExpect(content().string(containsString("offset=50")))
                .andExpect(content().string(containsString("/audit/export.csv?actor=" + actor)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).contains("device d51").doesNotContain("device d1<");
    }

    @Test
    void htmxRequestsGetOnlyTheMainElement() throws Exception {
        mvc.perform(get("/audit").header("HX-Request", "true").with(Users.as(headAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<main")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void pageShowsFilterErrorsInsteadOfFailing() throws Exception {
        mvc.perform(get("/audit")
                        .queryParam("from", "soon")
                        .queryParam("nocId", "x")
                        .with(Users.as(headAdmin)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("field-error")))
                .andExpect(content().string(containsString("must be an ISO date")))
                .andExpect(content().string(containsString("must be a whole number")));
    }

    @Test
    void recentFragmentShowsTheLatestEntriesInScope() throws Exception {
        AuthenticatedUser admin = principals.create(Role.ADMIN);
        long granted = Unique.nocId();
        scope.grant(admin.id(), granted);
        String ns = Unique.name("recent");
        fixtures.insert(Instant.now(), "zed", ns + ".failed", granted, false, "router r9", null);
        fixtures.insert(Instant.now(), "zed", ns + ".hidden", Unique.nocId(), true);

        mvc.perform(get("/audit/recent").with(Users.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<div class=\"recent-actions\"")))
                .andExpect(content().string(containsString(ns + ".failed")))
                .andExpect(content().string(containsString("router r9")))
                .andExpect(content().string(containsString("just now")))
                .andExpect(content().string(containsString("badge bad")))
                .andExpect(content().string(not(containsString(ns + ".hidden"))))
                .andExpect(content().string(containsString("href=\"/audit\"")))
                .andExpect(content().string(containsString("See all")));
    }

    @Test
    void csvExportHasAHeaderEscapesAndNeutralisesFormulas() throws Exception {
        String actor = Unique.name("csv");
        fixtures.insert(T0, actor, "noc.updated", 9L, true, "NOC \"East\", rack 1", "line 1\nline 2");
        fixtures.insert(T0.plusSeconds(1), actor, "noc.updated", null, false, "=HYPERLINK(\"x\")", "@cmd");
        fixtures.insert(T0.plusSeconds(2), actor, "other.thing", null, true);

        var response = mvc.perform(get("/audit/export.csv")
                        .queryParam("actor", actor)
                        .queryParam("action", "noc.")
                        .with(Users.as(headAdmin)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", startsWith("text/csv")))
                .andExpect(header().string("Content-Disposition", startsWith("attachment; filename=\"nocvault-audit-")))
                .andReturn()
                .getResponse();
        String body = response.getContentAsString(StandardCharsets.UTF_8);

        assertThat(body).startsWith("time,actor,action,target,noc_id,ip,user_agent,success,detail\r\n");
        assertThat(body).contains("\"NOC \"\"East\"\", rack 1\"").contains("\"line 1\nline 2\"");
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(body))
                .getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(0).get("target")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(records.get(0).get("detail")).isEqualTo("'@cmd");
        assertThat(records.get(0).get("success")).isEqualTo("false");
        assertThat(records.get(0).get("noc_id")).isEmpty();
        assertThat(records.get(1).get("target")).isEqualTo("NOC \"East\", rack 1");
        assertThat(records.get(1).get("detail")).isEqualTo("line 1\nline 2");
        assertThat(records.get(1).get("time")).isEqualTo("2025-07-01T08:00:00Z");
    }

    @Test
    void csvExportIsScopedToo() throws Exception {
        AuthenticatedUser viewer = principals.create(Role.VIEWER);
        String action = Unique.name("csvscope") + ".x";
        fixtures.insert(T0, "someone", action, Unique.nocId(), true);
        fixtures.insert(T0, viewer.username(), action, null, true);

        String body = mvc.perform(
                        get("/audit/export.csv").queryParam("action", action).with(Users.as(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(body.lines()).hasSize(2).last().asString().contains(viewer.username());
    }

    @Test
    void csvExportRejectsBadFiltersWith400() throws Exception {
        mvc.perform(get("/audit/export.csv").queryParam("success", "sometimes").with(Users.as(headAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("success"));
    }
}
