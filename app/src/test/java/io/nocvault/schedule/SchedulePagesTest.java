package io.nocvault.schedule;

import static io.nocvault.test.TestPrincipals.as;
import static io.nocvault.test.TestPrincipals.runAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.schedule.internal.ScheduleCommand;
import io.nocvault.schedule.internal.ScheduleDetails;
import io.nocvault.schedule.internal.ScheduleFilter;
import io.nocvault.schedule.internal.ScheduleService;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The schedule pages: list, form with live validation, enable/disable, run now, delete, roles. */
@ScheduleTest
class SchedulePagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ScheduleService schedules;

    @Autowired
    RecordingBackupRuns runs;

    AuthenticatedUser admin;
    AuthenticatedUser viewer;
    long noc;
    String nocName;

    @BeforeEach
    void setUp() {
        TestPrincipals users = new TestPrincipals(jdbc);
        TestNocs nocs = new TestNocs(jdbc);
        noc = nocs.create("Pages");
        nocName = nocs.name(noc);
        admin = users.create(Role.ADMIN);
        viewer = users.create(Role.VIEWER);
        nocs.grant(admin.id(), noc);
        nocs.grant(viewer.id(), noc);
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    ScheduleDetails byName(String name) {
        return runAs(admin, () -> schedules.list(new ScheduleFilter(name, null), io.nocvault.common.Paging.of(5, 0L)))
                .getContent()
                .getFirst();
    }

    String page(String path, AuthenticatedUser user) throws Exception {
        return page(path, user, null);
    }

    String page(String path, AuthenticatedUser user, String q) throws Exception {
        var request = get(path).with(as(user));
        if (q != null) {
            request.param("q", q);
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void anAdminCreatesAScheduleThroughTheFormAndSeesItListed() throws Exception {
        String form = page("/schedules/new", admin);
        assertThat(form).contains("hx-post=\"/schedules/check\"", "name=\"targetIds\"", nocName);

        String name = unique("Weekly form");
        mvc.perform(post("/schedules")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", name)
                        .param("kind", "WEEKLY")
                        .param("dayOfWeek", "SATURDAY")
                        .param("time", "04:45")
                        .param("zone", "Africa/Johannesburg")
                        .param("targetKind", "NOCS")
                        .param("targetIds", String.valueOf(noc))
                        .param("enabled", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/schedules"));

        String list = page("/schedules", viewer, name);
        assertThat(list)
                .contains(name, "weekly on Saturday at 04:45", "Africa/Johannesburg", "NOC " + nocName, "SAST")
                .doesNotContain("New schedule");
        assertThat(page("/schedules", admin)).contains("New schedule", ">Schedules</a>");
    }

    @Test
    void theFormShowsTheFieldsOfItsKindAndLiveErrors() throws Exception {
        String cron = mvc.perform(post("/schedules/check")
                        .with(as(admin))
                        .with(csrf())
                        .header("HX-Request", "true")
                        .param("name", unique("Live"))
                        .param("kind", "CRON")
                        .param("cron", "0 0 2 * * *")
                        .param("zone", "Europe/Berlin")
                        .param("targetKind", "NOCS")
                        .param("targetIds", String.valueOf(noc)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(cron)
                .startsWith("<form")
                .contains("name=\"cron\"", "A cron expression has 5 fields")
                .doesNotContain("name=\"time\"");

        String weekly = mvc.perform(post("/schedules/check")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", unique("Weekly live"))
                        .param("kind", "WEEKLY")
                        .param("dayOfWeek", "FRIDAY")
                        .param("time", "03:15")
                        .param("zone", "Europe/Berlin")
                        .param("targetKind", "NOCS")
                        .param("targetIds", String.valueOf(noc)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(weekly)
                .contains("name=\"dayOfWeek\"", ">Friday</option>")
                .containsPattern("value=\"FRIDAY\"[^>]*selected")
                .doesNotContain("field-error", "name=\"cron\"");

        String monthly = mvc.perform(post("/schedules/check")
                        .with(as(admin))
                        .with(csrf())
                        .param("name", "")
                        .param("kind", "MONTHLY")
                        .param("dayOfMonth", "40")
                        .param("time", "02:00")
                        .param("zone", "Nowhere/City")
                        .param("targetKind", "NOCS"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(monthly)
                .contains("name=\"dayOfMonth\"", "Enter a name", "Enter a day of the month from 1 to 31")
                .contains("Unknown time zone", "Choose at least one NOC");
    }

    @Test
    void enableDisableRunNowAndDeleteFromTheList() throws Exception {
        String name = unique("Buttons");
        ScheduleCommand command =
                new ScheduleCommand(name, "DAILY", "01:00", null, null, null, "UTC", "NOCS", List.of(noc), null, true);
        long id = runAs(admin, () -> schedules.create(command)).id();

        mvc.perform(post("/schedules/" + id + "/disable").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/schedules"));
        assertThat(byName(name).enabled()).isFalse();
        mvc.perform(post("/schedules/" + id + "/enable").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/schedules"));
        assertThat(byName(name).enabled()).isTrue();

        mvc.perform(post("/schedules/" + id + "/run-now").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/schedules"));
        long runId = runs.byActor(admin.username()).getLast().runId();
        assertThat(page("/schedules", viewer, name)).contains("/backups/runs/" + runId, "run " + runId);

        mvc.perform(post("/schedules/" + id + "/run-now").with(as(viewer)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(page("/schedules/" + id + "/delete", admin)).contains("Delete schedule");
        mvc.perform(post("/schedules/" + id + "/delete").with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/schedules"));
        mvc.perform(get("/schedules/" + id + "/edit").with(as(admin))).andExpect(status().isNotFound());
    }
}
