package io.nocvault.notify;

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

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/recipients}: CRUD, validation, NOC scoping, roles and audit events. */
@NotifyTest
@RecordApplicationEvents
class RecipientApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    AuthenticatedUser head;
    AuthenticatedUser adminA;
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
        viewerA = users.create(Role.VIEWER);
        nocs.grant(adminA.id(), nocA);
        nocs.grant(viewerA.id(), nocA);
    }

    @Test
    void anAdminCreatesReadsUpdatesAndDeletesARecipientOfHisNoc() throws Exception {
        Map<String, Object> body = recipient("Alice", "+27 82 123-4567", "alice@example.com", nocA);
        body.put("configAlerts", false);
        long id = id(send(post("/api/v1/recipients"), adminA, body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.phone").value("+27821234567"))
                .andExpect(jsonPath("$.nocs[0].id").value(nocA))
                .andExpect(jsonPath("$.deviceAlerts").value(true))
                .andExpect(jsonPath("$.configAlerts").value(false))
                .andExpect(jsonPath("$.global").value(false)));

        mvc.perform(get("/api/v1/recipients/" + id).with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value("alice@example.com"));
        body.put("email", null);
        body.put("enabled", false);
        send(put("/api/v1/recipients/" + id), adminA, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").doesNotExist())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(delete("/api/v1/recipients/" + id).with(as(adminA))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/recipients/" + id).with(as(adminA))).andExpect(status().isNotFound());

        assertThat(events.stream(RecipientChanged.class).filter(e -> e.recipientId() == id))
                .extracting(RecipientChanged::action)
                .containsExactly("recipient.created", "recipient.updated", "recipient.deleted");
        assertThat(events.stream(RecipientChanged.class)
                        .filter(e -> e.recipientId() == id)
                        .findFirst())
                .hasValueSatisfying(e -> assertThat(e.nocId()).isEqualTo(nocA));
    }

    @Test
    void badPhoneNumbersAndAddressesAre400WithTheField() throws Exception {
        expectFieldError(recipient("Bad", "0821234567", null, nocA), "phone");
        expectFieldError(recipient("Bad", "+0821234567", null, nocA), "phone");
        expectFieldError(recipient("Bad", "+2782123456789012", null, nocA), "phone");
        expectFieldError(recipient("Bad", null, "alice@", nocA), "email");
        expectFieldError(recipient("Bad", null, "alice@localhost", nocA), "email");
        expectFieldError(recipient("Bad", null, null, nocA), "phone");
        expectFieldError(recipient(" ", "+27821234567", null, nocA), "name");
        expectFieldError(recipient("Bad", "+27821234567", null, nocB), "nocIds");
        expectFieldError(recipient("Global", "+27821234567", null), "nocIds");
        mvc.perform(post("/api/v1/recipients")
                        .with(as(adminA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\": \"x\", \"nocIds\": \"not a list\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nocIds"));
    }

    @Test
    void anAdminSeesOnlyRecipientsOfHisNocs() throws Exception {
        long inB = id(send(post("/api/v1/recipients"), head, recipient("Bea", "+27821230002", null, nocB))
                .andExpect(status().isCreated()));
        long global = id(send(post("/api/v1/recipients"), head, recipient("Gus", null, "gus@example.com"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.global").value(true)));
        long inA = id(send(post("/api/v1/recipients"), head, recipient("Ann", "+27821230001", null, nocA)));

        for (long hidden : List.of(inB, global)) {
            mvc.perform(get("/api/v1/recipients/" + hidden).with(as(adminA))).andExpect(status().isNotFound());
            send(put("/api/v1/recipients/" + hidden), adminA, recipient("X", "+27821230009", null, nocA))
                    .andExpect(status().isNotFound());
            mvc.perform(delete("/api/v1/recipients/" + hidden).with(as(adminA))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/recipients").param("limit", "1000").with(as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].id").value(hasItem((int) inA)))
                .andExpect(jsonPath("$.results[*].id").value(not(hasItem((int) inB))))
                .andExpect(jsonPath("$.results[*].id").value(not(hasItem((int) global))));
        mvc.perform(get("/api/v1/recipients/" + global).with(as(head))).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/recipients/" + global).with(as(head))).andExpect(status().isNoContent());
    }

    @Test
    void aRecipientOfSeveralNocsKeepsTheNocsTheAdminCannotSee() throws Exception {
        long both = id(send(post("/api/v1/recipients"), head, recipient("Duo", "+27821230003", null, nocA, nocB)));

        mvc.perform(get("/api/v1/recipients/" + both).with(as(adminA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nocs.length()").value(1))
                .andExpect(jsonPath("$.nocs[0].id").value(nocA));
        send(put("/api/v1/recipients/" + both), adminA, recipient("Duo 2", "+27821230003", null, nocA))
                .andExpect(status().isOk());
        List<Long> stored = jdbc.sql("select noc_id from notify_recipient_nocs where recipient_id = :id")
                .param("id", both)
                .query(Long.class)
                .list();
        assertThat(stored).containsExactlyInAnyOrder(nocA, nocB);
        mvc.perform(delete("/api/v1/recipients/" + both).with(as(adminA))).andExpect(status().isConflict());
    }

    @Test
    void viewersReadButDoNotWrite() throws Exception {
        mvc.perform(get("/api/v1/recipients").with(as(viewerA))).andExpect(status().isOk());
        send(post("/api/v1/recipients"), viewerA, recipient("V", "+27821230004", null, nocA))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/recipients")).andExpect(status().isUnauthorized());
    }

    private void expectFieldError(Map<String, Object> body, String field) throws Exception {
        send(post("/api/v1/recipients"), adminA, body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    private ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            AuthenticatedUser user,
            Map<String, Object> body)
            throws Exception {
        return mvc.perform(
                request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    static Map<String, Object> recipient(String name, String phone, String email, Long... nocIds) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("phone", phone);
        body.put("email", email);
        body.put("nocIds", List.of(nocIds));
        return body;
    }

    static long id(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString())
                .get("id")
                .asLong();
    }
}
