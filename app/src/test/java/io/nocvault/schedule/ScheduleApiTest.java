package io.nocvault.schedule;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.backup.RunTarget;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/schedules}: CRUD, enable/disable, run-now, validation, roles, NOC scoping and audit. */
@ScheduleTest
@RecordApplicationEvents
class ScheduleApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    RecordingBackupRuns runs;

    @Autowired
    TestDevices devices;

    @Autowired
    UpcomingBackups upcoming;

    AuthenticatedUser head;
    AuthenticatedUser adminA;
    AuthenticatedUser adminB;
    AuthenticatedUser operatorA;
    AuthenticatedUser viewerA;
    long nocA;
    long nocB;

    @BeforeEach
    void setUp() {
        TestPrincipals users = new TestPrincipals(jdbc);
        TestNocs nocs = new TestNocs(jdbc);
        nocA = nocs.create("A");
        nocB = nocs.create("B");
        head = users.create(Role.HEAD_ADMIN);
        adminA = users.create(Role.ADMIN);
        adminB = users.create(Role.ADMIN);
        operatorA = users.create(Role.OPERATOR);
        viewerA = users.create(Role.VIEWER);
        nocs.grant(adminA.id(), nocA);
        nocs.grant(adminB.id(), nocB);
        nocs.grant(operatorA.id(), nocA);
        nocs.grant(viewerA.id(), nocA);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> daily(String name, String targetKind, List<?> ids, List<String> names) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("kind", "DAILY");
        body.put("time", "02:30");
        body.put("zone", "Europe/Berlin");
        Map<String, Object> target = new LinkedHashMap<>();
        target.put("kind", targetKind);
        target.put("ids", ids);
        target.put("names", names);
        body.put("target", target);
        return body;
    }

    ResultActions send(MockHttpServletRequestBuilder request, AuthenticatedUser user, Object body) throws Exception {
        return mvc.perform(
                request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    long id(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString())
                .get("id")
                .asLong();
    }

    @Test
    void anAdminCreatesReadsUpdatesAndDeletesAScheduleOfHisNoc() throws Exception {
        String name = unique("Nightly A");
        long id = id(send(post("/api/v1/schedules"), adminA, daily(name, "NOCS", List.of(nocA), null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.kind").value("DAILY"))
                .andExpect(jsonPath("$.time").value("02:30"))
                .andExpect(jsonPath("$.zone").value("Europe/Berlin"))
                .andExpect(jsonPath("$.when").value("daily at 02:30"))
                .andExpect(jsonPath("$.target.kind").value("NOCS"))
                .andExpect(jsonPath("$.target.ids[0]").value(nocA))
                .andExpect(jsonPath("$.target.description").value("NOC " + new TestNocs(jdbc).name(nocA)))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.createdBy").value(adminA.username()))
                .andExpect(jsonPath("$.nextRun").isNotEmpty())
                .andExpect(jsonPath("$.lastRun").isEmpty()));

        mvc.perform(get("/api/v1/schedules/" + id).with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(name));
        mvc.perform(get("/api/v1/schedules").param("q", name).with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].id").value(id));

        Map<String, Object> weekly = daily(name, "NOCS", List.of(nocA), null);
        weekly.put("kind", "WEEKLY");
        weekly.put("dayOfWeek", "SUNDAY");
        weekly.put("time", "23:15");
        send(put("/api/v1/schedules/" + id), adminA, weekly)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.when").value("weekly on Sunday at 23:15"));

        mvc.perform(delete("/api/v1/schedules/" + id).with(as(adminA))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/schedules/" + id).with(as(adminA))).andExpect(status().isNotFound());

        assertThat(events.stream(ScheduleCreated.class).filter(e -> e.scheduleId() == id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.origin().actor()).isEqualTo(adminA.username());
                    assertThat(e.nocId()).isEqualTo(nocA);
                    assertThat(e.action()).isEqualTo("schedule.created");
                });
        assertThat(events.stream(ScheduleUpdated.class).filter(e -> e.scheduleId() == id))
                .singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("timing"));
        assertThat(events.stream(ScheduleDeleted.class).filter(e -> e.scheduleId() == id))
                .hasSize(1);
        Await.until(
                "the audit entries",
                Duration.ofSeconds(10),
                () -> auditActions(name).size() >= 3);
        assertThat(auditActions(name)).contains("schedule.created", "schedule.updated", "schedule.deleted");
    }

    @Test
    void enableDisableAndRunNowAreAudited() throws Exception {
        String name = unique("Switch");
        long id = id(send(post("/api/v1/schedules"), adminA, daily(name, "NOCS", List.of(nocA), null)));

        mvc.perform(post("/api/v1/schedules/" + id + "/disable").with(as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false))
                .andExpect(jsonPath("$.nextRun").isEmpty());
        mvc.perform(post("/api/v1/schedules/" + id + "/enable").with(as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.nextRun").isNotEmpty());

        String body = mvc.perform(post("/api/v1/schedules/" + id + "/run-now").with(as(adminA)))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.runId").isNumber())
                .andExpect(jsonPath("$.schedule.lastRun.success").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        long runId = JSON.readTree(body).get("runId").asLong();
        assertThat(runs.byActor(adminA.username()))
                .filteredOn(r -> r.runId() == runId)
                .singleElement()
                .satisfies(r -> assertThat(r.target()).isEqualTo(RunTarget.noc(nocA)));
        mvc.perform(get("/api/v1/schedules/" + id).with(as(viewerA)))
                .andExpect(jsonPath("$.lastRun.runId").value(runId))
                .andExpect(jsonPath("$.lastRun.result").value("started run " + runId));

        assertThat(events.stream(ScheduleDisabled.class).filter(e -> e.scheduleId() == id))
                .hasSize(1);
        assertThat(events.stream(ScheduleEnabled.class).filter(e -> e.scheduleId() == id))
                .hasSize(1);
        assertThat(events.stream(ScheduleRunNow.class).filter(e -> e.scheduleId() == id))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.runId()).isEqualTo(runId);
                    assertThat(e.action()).isEqualTo("schedule.run_now");
                });
        Await.until(
                "the audit entries",
                Duration.ofSeconds(10),
                () -> auditActions(name).size() >= 4);
        assertThat(auditActions(name)).contains("schedule.disabled", "schedule.enabled", "schedule.run_now");
    }

    @Test
    void theDashboardSeesTheNextBackupOfItsNocs() throws Exception {
        String name = unique("Upcoming");
        long id = id(send(post("/api/v1/schedules"), adminA, daily(name, "NOCS", List.of(nocA), null)));
        UpcomingBackups.UpcomingBackup next =
                TestPrincipals.runAs(adminA, upcoming::next).orElseThrow();
        assertThat(next.scheduleId()).isEqualTo(id);
        assertThat(next.name()).isEqualTo(name);
        assertThat(next.target()).isEqualTo("NOC " + new TestNocs(jdbc).name(nocA));
        assertThat(TestPrincipals.runAs(adminB, upcoming::next).map(UpcomingBackups.UpcomingBackup::scheduleId))
                .isNotEqualTo(java.util.Optional.of(id));
        mvc.perform(post("/api/v1/schedules/" + id + "/disable").with(as(adminA)));
        assertThat(TestPrincipals.runAs(adminA, upcoming::next)).isEmpty();
    }

    @Test
    void rolesDecideWhoChangesSchedules() throws Exception {
        String name = unique("Roles");
        send(post("/api/v1/schedules"), viewerA, daily(name, "NOCS", List.of(nocA), null))
                .andExpect(status().isForbidden());
        send(post("/api/v1/schedules"), operatorA, daily(name, "NOCS", List.of(nocA), null))
                .andExpect(status().isForbidden());
        long id = id(send(post("/api/v1/schedules"), adminA, daily(name, "NOCS", List.of(nocA), null)));
        mvc.perform(post("/api/v1/schedules/" + id + "/run-now").with(as(operatorA)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/schedules/" + id + "/disable").with(as(viewerA)))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/schedules/" + id).with(as(viewerA))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/schedules/" + id).with(as(operatorA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/schedules")).andExpect(status().isUnauthorized());
    }

    @Test
    void aScheduleOfAnotherNocIsNotFound() throws Exception {
        String name = unique("Only A");
        long id = id(send(post("/api/v1/schedules"), adminA, daily(name, "NOCS", List.of(nocA), null)));
        mvc.perform(get("/api/v1/schedules/" + id).with(as(adminB))).andExpect(status().isNotFound());
        send(put("/api/v1/schedules/" + id), adminB, daily(name, "NOCS", List.of(nocB), null))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/schedules/" + id + "/run-now").with(as(adminB)))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/schedules/" + id).with(as(adminB))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schedules").param("q", name).with(as(adminB)))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/schedules").param("q", name).with(as(head)))
                .andExpect(jsonPath("$.count").value(1));

        // a schedule spanning both NOCs is seen only by those who see both
        String both = unique("A and B");
        long bothId = id(send(post("/api/v1/schedules"), head, daily(both, "NOCS", List.of(nocA, nocB), null))
                .andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/schedules/" + bothId).with(as(adminA))).andExpect(status().isNotFound());
        // and one over all NOCs by head admins only
        String all = unique("Everything");
        long allId = id(send(post("/api/v1/schedules"), head, daily(all, "ALL", null, null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.target.description").value("all devices")));
        mvc.perform(get("/api/v1/schedules/" + allId).with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/schedules").with(as(adminA)))
                .andExpect(jsonPath("$.results[*].id", not(hasItem((int) allId))))
                .andExpect(jsonPath("$.results[*].id", not(hasItem((int) bothId))));
    }

    @Test
    void anAdminTargetsOnlyWhatHeMaySee() throws Exception {
        send(post("/api/v1/schedules"), adminA, daily(unique("All"), "ALL", null, null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target.kind"));
        send(post("/api/v1/schedules"), adminA, daily(unique("Tags"), "TAGS", null, List.of("core")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target.kind"));
        send(post("/api/v1/schedules"), adminA, daily(unique("B"), "NOCS", List.of(nocB), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target.ids"));

        long mine = devices.add(nocA, "sw-a");
        long theirs = devices.add(nocB, "sw-b");
        send(post("/api/v1/schedules"), adminA, daily(unique("Theirs"), "DEVICES", List.of(mine, theirs), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target.ids"))
                .andExpect(jsonPath("$.errors[0].message").value("Unknown device " + theirs));
        long id = id(send(post("/api/v1/schedules"), adminA, daily(unique("Mine"), "DEVICES", List.of(mine), null))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.target.description").value("1 device")));
        mvc.perform(get("/api/v1/schedules/" + id).with(as(viewerA))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/schedules/" + id).with(as(adminB))).andExpect(status().isNotFound());
    }

    @Test
    void invalidInputAnswersFieldErrors() throws Exception {
        Map<String, Object> badCron = daily(unique("Cron"), "NOCS", List.of(nocA), null);
        badCron.put("kind", "CRON");
        badCron.put("cron", "0 0 2 * * *");
        send(post("/api/v1/schedules"), adminA, badCron)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cron"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("5 fields")));
        badCron.put("cron", "70 2 * * *");
        send(post("/api/v1/schedules"), adminA, badCron)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cron"));

        Map<String, Object> badZone = daily(unique("Zone"), "NOCS", List.of(nocA), null);
        badZone.put("zone", "Mars/Olympus");
        send(post("/api/v1/schedules"), adminA, badZone)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("zone"));

        Map<String, Object> badTime = daily(unique("Time"), "NOCS", List.of(nocA), null);
        badTime.put("time", "25:00");
        send(post("/api/v1/schedules"), adminA, badTime)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("time"));

        Map<String, Object> monthly = daily(unique("Monthly"), "NOCS", List.of(nocA), null);
        monthly.put("kind", "MONTHLY");
        monthly.put("dayOfMonth", 32);
        send(post("/api/v1/schedules"), adminA, monthly)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dayOfMonth"));

        send(post("/api/v1/schedules"), adminA, Map.of())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("name")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("kind")))
                .andExpect(jsonPath("$.errors[*].field", hasItem("target.kind")));

        Map<String, Object> noNocs = daily(unique("Empty"), "NOCS", List.of(), null);
        send(post("/api/v1/schedules"), adminA, noNocs)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("target.ids"));

        String taken = unique("Taken");
        send(post("/api/v1/schedules"), adminA, daily(taken, "NOCS", List.of(nocA), null))
                .andExpect(status().isCreated());
        send(post("/api/v1/schedules"), adminA, daily(taken.toUpperCase(), "NOCS", List.of(nocA), null))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        mvc.perform(post("/api/v1/schedules")
                        .with(as(adminA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"dayOfMonth\": \"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("dayOfMonth"));
    }

    List<String> auditActions(String scheduleName) {
        return jdbc.sql("select action from audit_entries where target = :target order by id")
                .param("target", "schedule " + scheduleName)
                .query(String.class)
                .list();
    }
}
