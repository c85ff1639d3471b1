package io.nocvault.audit.api;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.audit.AuditAppTest;
import io.nocvault.audit.AuditFixtures;
import io.nocvault.audit.TestNocScope;
import io.nocvault.audit.Unique;
import io.nocvault.audit.Users;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** {@code GET /api/v1/audit}: the paged shape, the filters, the scope, 400 for bad input, and nothing writable. */
@AuditAppTest
class AuditApiControllerTest {

    static final Instant T0 = Instant.parse("2025-06-01T08:00:00Z");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestNocScope scope;

    AuditFixtures fixtures;
    AuthenticatedUser headAdmin = Users.user(Role.HEAD_ADMIN);

    @BeforeEach
    void setUp() {
        fixtures = new AuditFixtures(jdbc);
        scope.reset();
    }

    @AfterEach
    void tearDown() {
        scope.reset();
    }

    @Test
    void answersAPageWithCountAndLinks() throws Exception {
        String actor = Unique.name("api");
        for (int i = 0; i < 5; i++) {
            fixtures.insert(T0.plusSeconds(i), actor, "device.backup", 4L, i % 2 == 0, "device r" + i, "d" + i);
        }

        mvc.perform(get("/api/v1/audit")
                        .queryParam("actor", actor)
                        .queryParam("limit", "2")
                        .queryParam("offset", "2")
                        .with(Users.as(headAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(5))
                .andExpect(jsonPath("$.next", containsString("offset=4")))
                .andExpect(jsonPath("$.next", containsString("limit=2")))
                .andExpect(jsonPath("$.next", containsString("actor=" + actor)))
                .andExpect(jsonPath("$.previous", containsString("offset=0")))
                .andExpect(jsonPath("$.results", hasSize(2)))
                .andExpect(jsonPath("$.results[0].time").value("2025-06-01T08:00:02Z"))
                .andExpect(jsonPath("$.results[0].actor").value(actor))
                .andExpect(jsonPath("$.results[0].action").value("device.backup"))
                .andExpect(jsonPath("$.results[0].target").value("device r2"))
                .andExpect(jsonPath("$.results[0].nocId").value(4))
                .andExpect(jsonPath("$.results[0].ip").value("192.0.2.7"))
                .andExpect(jsonPath("$.results[0].userAgent").value("test-agent"))
                .andExpect(jsonPath("$.results[0].success").value(true))
                .andExpect(jsonPath("$.results[0].detail").value("d2"))
                .andExpect(jsonPath("$.results[1].success").value(false));
    }

    @Test
    void theLastPageHasNoNextAndTheFirstNoPrevious() throws Exception {
        String actor = Unique.name("api");
        fixtures.insert(T0, actor, "user.login", null, true);

        mvc.perform(get("/api/v1/audit").queryParam("actor", actor).with(Users.as(headAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.next").value(nullValue()))
                .andExpect(jsonPath("$.previous").value(nullValue()));
    }

    @Test
    void appliesEveryFilter() throws Exception {
        String actor = Unique.name("api");
        long noc = Unique.nocId();
        fixtures.insert(T0, actor, "user.login", noc, false);
        fixtures.insert(T0, actor, "user.login", noc, true);
        fixtures.insert(T0, actor, "noc.updated", noc, false);
        fixtures.insert(T0.plusSeconds(86400), actor, "user.login", noc, false);
        fixtures.insert(T0, actor, "user.login", null, false);

        mvc.perform(get("/api/v1/audit")
                        .queryParam("actor", actor)
                        .queryParam("action", "user.")
                        .queryParam("nocId", String.valueOf(noc))
                        .queryParam("from", "2025-06-01")
                        .queryParam("to", "2025-06-01T23:00:00Z")
                        .queryParam("success", "false")
                        .with(Users.as(headAdmin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(1))
                .andExpect(jsonPath("$.results[0].success").value(false));
    }

    @Test
    void isScopedToTheCallersNocs() throws Exception {
        AuthenticatedUser operator = Users.user(Role.OPERATOR);
        long granted = Unique.nocId();
        scope.grant(operator.id(), granted);
        String action = Unique.name("scoped") + ".x";
        fixtures.insert(T0, "someone", action, granted, true);
        fixtures.insert(T0, "someone", action, Unique.nocId(), true);
        fixtures.insert(T0, "someone", action, null, true);
        fixtures.insert(T0, operator.username(), action, null, true);

        mvc.perform(get("/api/v1/audit").queryParam("action", action).with(Users.as(operator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.results[*].actor", containsInAnyOrder("someone", operator.username())));
    }

    @Test
    void badFilterValuesAnswer400WithFieldErrors() throws Exception {
        mvc.perform(get("/api/v1/audit")
                        .queryParam("nocId", "east")
                        .queryParam("from", "last tuesday")
                        .queryParam("to", "2025-02-30")
                        .queryParam("success", "perhaps")
                        .queryParam("limit", "many")
                        .with(Users.as(headAdmin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.status").value(400))
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("nocId", "from", "to", "success", "limit")))
                .andExpect(jsonPath("$.errors[0].message").isNotEmpty());
    }

    @Test
    void entriesCanNotBeChangedThroughTheApi() throws Exception {
        mvc.perform(post("/api/v1/audit").with(csrf()).with(Users.as(headAdmin)))
                .andExpect(status().isMethodNotAllowed());
        mvc.perform(delete("/api/v1/audit").with(csrf()).with(Users.as(headAdmin)))
                .andExpect(status().isMethodNotAllowed());
    }
}
