package io.nocvault.noc.web;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.common.Origin;
import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.identity.UserDeleted;
import io.nocvault.noc.NocAccessGranted;
import io.nocvault.noc.NocAccessRevoked;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

/** NOC access grants: the API and the pages, events, and cleaning up after a deleted user. */
@NocVaultWebTest
@RecordApplicationEvents
class NocAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    TransactionTemplate transactions;

    TestPrincipals users;
    TestNocs nocs;
    AuthenticatedUser head;
    AuthenticatedUser operator;
    long nocA;
    long nocB;
    long nocC;

    @BeforeEach
    void setUp() {
        users = new TestPrincipals(jdbc);
        nocs = new TestNocs(jdbc);
        head = users.create(Role.HEAD_ADMIN);
        operator = users.create(Role.OPERATOR);
        nocA = nocs.create("A");
        nocB = nocs.create("B");
        nocC = nocs.create("C");
    }

    @Test
    void theHeadAdminReplacesGrants() throws Exception {
        replace(operator.id(), "[" + nocA + "," + nocB + "]")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.allNocs").value(false))
                .andExpect(jsonPath("$.nocIds", containsInAnyOrder((int) nocA, (int) nocB)));
        replace(operator.id(), "[" + nocB + "," + nocC + "]").andExpect(status().isOk());
        mvc.perform(get("/api/v1/users/{id}/nocs", operator.id()).with(as(head)))
                .andExpect(jsonPath("$.username").value(operator.username()))
                .andExpect(jsonPath("$.nocIds", containsInAnyOrder((int) nocB, (int) nocC)));
        mvc.perform(get("/api/v1/nocs/{id}", nocA).with(as(operator))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/nocs/{id}", nocC).with(as(operator))).andExpect(status().isOk());

        replace(operator.id(), "[]").andExpect(jsonPath("$.nocIds", empty()));
        mvc.perform(get("/api/v1/nocs/{id}", nocB).with(as(operator))).andExpect(status().isNotFound());
    }

    @Test
    void grantingAndRevokingPublishEventsPerUser() throws Exception {
        replace(operator.id(), "[" + nocA + "," + nocB + "]");
        replace(operator.id(), "[" + nocB + "," + nocC + "]");

        NocAccessGranted first = events.stream(NocAccessGranted.class)
                .filter(e -> e.userId() == operator.id())
                .findFirst()
                .orElseThrow();
        assertThat(first.nocNames()).containsExactlyInAnyOrder(nocs.name(nocA), nocs.name(nocB));
        assertThat(first.nocId()).isNull();
        assertThat(first.target()).isEqualTo("user " + operator.username());
        assertThat(first.origin().actor()).isEqualTo(head.username());
        NocAccessRevoked revoked = events.stream(NocAccessRevoked.class)
                .filter(e -> e.userId() == operator.id())
                .findFirst()
                .orElseThrow();
        assertThat(revoked.nocIds()).containsExactly(nocA);
        assertThat(revoked.nocId()).isEqualTo(nocA);
        assertThat(revoked.detail()).isEqualTo("Revoked " + nocs.name(nocA));
        assertThat(events.stream(NocAccessGranted.class).filter(e -> e.userId() == operator.id()))
                .hasSize(2);
    }

    @Test
    void badRequestsAreRefused() throws Exception {
        replace(operator.id(), "[" + nocA + ", 987654321]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nocIds"))
                .andExpect(jsonPath("$.errors[0].message").value("Unknown NOC ids: 987654321"));
        replace(operator.id(), "null").andExpect(status().isBadRequest());
        replace(operator.id(), "[\"x\"]")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nocIds"));
        replace(987654321L, "[]").andExpect(status().isNotFound());
        replace(head.id(), "[" + nocA + "]").andExpect(status().isConflict());
        assertThat(grantsOf(operator.id())).isZero();
    }

    @Test
    void onlyTheHeadAdminGrants() throws Exception {
        AuthenticatedUser admin = users.create(Role.ADMIN);
        nocs.grant(admin.id(), nocA);
        nocs.grant(operator.id(), nocA, nocB);
        mvc.perform(put("/api/v1/users/{id}/nocs", operator.id())
                        .with(as(admin))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"nocIds\":[]}"))
                .andExpect(status().isForbidden());
        // an admin reads grants, but only of the NOCs he sees himself
        mvc.perform(get("/api/v1/users/{id}/nocs", operator.id()).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nocIds", contains((int) nocA)));
        mvc.perform(get("/api/v1/users/{id}/nocs", admin.id()).with(as(operator)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/users/{id}/nocs", operator.id()).with(as(admin))).andExpect(status().isForbidden());
    }

    @Test
    void theAccessPageSavesCheckedNocs() throws Exception {
        String page = mvc.perform(get("/users/{id}/nocs", operator.id()).with(as(head)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains(operator.username(), nocs.name(nocA), nocs.name(nocB), "name=\"nocIds\"");

        mvc.perform(post("/users/{id}/nocs", operator.id())
                        .param("nocIds", String.valueOf(nocA), String.valueOf(nocC))
                        .with(as(head))
                        .with(csrf()))
                .andExpect(redirectedUrl("/users/" + operator.id() + "/nocs"));
        assertThat(grantsOf(operator.id())).isEqualTo(2);

        mvc.perform(post("/users/{id}/nocs", operator.id()).with(as(head)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(grantsOf(operator.id())).isZero();
    }

    @Test
    void theFragmentListsGrantsReadOnly() throws Exception {
        nocs.grant(operator.id(), nocB);
        String fragment = mvc.perform(
                        get("/users/{id}/nocs/fragment", operator.id()).with(as(head)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .contains("NOC access", nocs.name(nocB), "Edit NOC access")
                .doesNotContain(nocs.name(nocA), "<html", "type=\"checkbox\"");

        String forHead = mvc.perform(get("/users/{id}/nocs/fragment", head.id()).with(as(head)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(forHead).contains("all NOCs");
    }

    @Test
    void grantsOfADeletedUserAreDropped() {
        nocs.grant(operator.id(), nocA, nocB);
        transactions.executeWithoutResult(
                tx -> publisher.publishEvent(new UserDeleted(Origin.system(), operator.id(), operator.username())));
        await().atMost(Duration.ofSeconds(10)).until(() -> grantsOf(operator.id()) == 0);
    }

    @Test
    void deletingAUserRowDropsItsGrants() {
        nocs.grant(operator.id(), nocA);
        jdbc.sql("delete from users where id = :id").param("id", operator.id()).update();
        assertThat(grantsOf(operator.id())).isZero();
    }

    private ResultActions replace(long userId, String ids) throws Exception {
        return mvc.perform(put("/api/v1/users/{id}/nocs", userId)
                .with(as(head))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"nocIds\":" + ids + "}"));
    }

    private long grantsOf(long userId) {
        return jdbc.sql("select count(*) from noc_grants where user_id = :id")
                .param("id", userId)
                .query(Long.class)
                .single();
    }
}
