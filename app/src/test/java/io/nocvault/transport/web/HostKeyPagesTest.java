package io.nocvault.transport.web;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import io.nocvault.transport.TransportFixtures;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The host keys pages: list with changed keys first, detail, accept and forget after confirmation, roles, scope. */
@NocVaultWebTest
class HostKeyPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    TransportFixtures fixtures;
    long noc;
    AuthenticatedUser admin;
    AuthenticatedUser otherAdmin;
    String pinned;
    String offered;
    long changedId;
    long pinnedId;
    String changedSubject;

    @BeforeEach
    void setUp() {
        fixtures = new TransportFixtures(context);
        TestNocs nocs = new TestNocs(jdbc);
        TestPrincipals users = new TestPrincipals(jdbc);
        noc = nocs.create("Pages");
        long other = nocs.create("Other");
        admin = users.create(Role.ADMIN);
        otherAdmin = users.create(Role.ADMIN);
        nocs.grant(admin.id(), noc);
        nocs.grant(otherAdmin.id(), other);
        pinned = TransportFixtures.fakeFingerprint();
        offered = TransportFixtures.fakeFingerprint();
        changedSubject = "device:page-" + UUID.randomUUID();
        changedId = fixtures.pin(changedSubject, noc, "zz-core-sw (10.0.0.1:22)", pinned, offered);
        pinnedId = fixtures.pin("device:page-" + UUID.randomUUID(), noc, "aa-edge (10.0.0.2:22)", pinned, null);
    }

    String html(MockHttpServletRequestBuilder request, AuthenticatedUser user) throws Exception {
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void listsChangedKeysFirstAndWarnsAboutThem() throws Exception {
        String page = html(get("/host-keys").param("nocId", String.valueOf(noc)), admin);
        assertThat(page)
                .contains("changed-warning", "1 host key has changed", "CHANGED", "PINNED", offered, pinned)
                .contains("Accept new key", "/host-keys/" + changedId + "/accept");
        assertThat(page.indexOf("zz-core-sw")).isLessThan(page.indexOf("aa-edge"));

        String others = html(get("/host-keys"), otherAdmin);
        assertThat(others).doesNotContain("zz-core-sw", "changed-warning");

        String filtered = html(get("/host-keys").param("status", "pinned").param("nocId", String.valueOf(noc)), admin);
        assertThat(filtered).contains("aa-edge").doesNotContain("zz-core-sw");
        assertThat(html(get("/host-keys").param("status", "lost"), admin)).contains("Use PINNED or CHANGED");
    }

    @Test
    void acceptsTheOfferedKeyAfterConfirmation() throws Exception {
        assertThat(html(get("/host-keys/{id}", changedId), admin))
                .contains("offered-fingerprint", offered, "Accept new key", "The host key has changed");
        assertThat(html(get("/host-keys/{id}/accept", changedId), admin))
                .contains("confirm-accept", "name=\"fingerprint\"", "value=\"" + offered + "\"", pinned);

        mvc.perform(post("/host-keys/{id}/accept", changedId)
                        .param("fingerprint", offered)
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/host-keys/" + changedId))
                .andExpect(flash().attribute("flashSuccess", "Accepted the new host key of zz-core-sw (10.0.0.1:22)"));
        assertThat(fixtures.fingerprints(changedSubject)).containsExactly(offered, null);
        assertThat(html(get("/host-keys/{id}", changedId), admin))
                .contains("PINNED", offered)
                .doesNotContain("offered-fingerprint", "id=\"accept-key\"");
    }

    @Test
    void aStaleAcceptChangesNothingAndSaysWhy() throws Exception {
        mvc.perform(post("/host-keys/{id}/accept", changedId)
                        .param("fingerprint", "SHA256:an-older-offer")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(redirectedUrl("/host-keys/" + changedId))
                .andExpect(flash().attributeExists("flashError"));
        assertThat(fixtures.fingerprints(changedSubject)).containsExactly(pinned, offered);
    }

    @Test
    void forgetsAPinAfterConfirmation() throws Exception {
        assertThat(html(get("/host-keys/{id}/forget", pinnedId), admin)).contains("confirm-forget", pinned);
        mvc.perform(post("/host-keys/{id}/forget", pinnedId).with(as(admin)).with(csrf()))
                .andExpect(redirectedUrl("/host-keys"))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(get("/host-keys/{id}", pinnedId).with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void onlyAdminsOfTheNocSeeThePages() throws Exception {
        TestPrincipals users = new TestPrincipals(jdbc);
        AuthenticatedUser operator = users.create(Role.OPERATOR);
        AuthenticatedUser viewer = users.create(Role.VIEWER);
        new TestNocs(jdbc).grant(operator.id(), noc);
        for (AuthenticatedUser weak : new AuthenticatedUser[] {operator, viewer}) {
            mvc.perform(get("/host-keys").with(as(weak))).andExpect(status().isForbidden());
            mvc.perform(get("/host-keys/{id}", changedId).with(as(weak))).andExpect(status().isForbidden());
            mvc.perform(post("/host-keys/{id}/accept", changedId).with(as(weak)).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/host-keys/{id}", changedId).with(as(otherAdmin))).andExpect(status().isNotFound());
        mvc.perform(get("/host-keys/{id}/accept", changedId).with(as(otherAdmin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/host-keys/{id}/accept", changedId)
                        .param("fingerprint", offered)
                        .with(as(otherAdmin))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/host-keys/{id}/forget", changedId)
                        .with(as(otherAdmin))
                        .with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(fixtures.fingerprints(changedSubject)).containsExactly(pinned, offered);

        assertThat(html(get("/nocs"), admin)).contains("href=\"/host-keys\"");
        assertThat(html(get("/nocs"), operator)).doesNotContain("href=\"/host-keys\"");
    }
}
