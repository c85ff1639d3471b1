package io.nocvault.noc;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The security core: a user of NOC A gets 404 for NOC B on every NOC endpoint, lists show granted NOCs only, the
 * switcher narrows lists, head admins see every NOC including new ones.
 */
@NocVaultWebTest
class NocScopingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TestPrincipals users;
    TestNocs nocs;
    long nocA;
    long nocB;
    long nocC;

    @BeforeEach
    void setUp() {
        users = new TestPrincipals(jdbc);
        nocs = new TestNocs(jdbc);
        nocA = nocs.create("A");
        nocB = nocs.create("B");
        nocC = nocs.create("C");
    }

    @Test
    void aUserOfNocAGets404ForNocBOnEveryEndpoint() throws Exception {
        for (Role role : List.of(Role.ADMIN, Role.OPERATOR, Role.VIEWER)) {
            AuthenticatedUser user = users.create(role);
            nocs.grant(user.id(), nocA);
            for (MockHttpServletRequestBuilder request : endpointsOf(nocB)) {
                MvcResult result =
                        mvc.perform(request.with(as(user)).with(csrf())).andReturn();
                assertThat(result.getResponse().getStatus())
                        .as("%s as %s", describe(request), role)
                        .isEqualTo(404);
                assertThat(result.getResponse().getContentAsString()).doesNotContain(nocs.name(nocB));
            }
        }
        assertThat(nocs.name(nocB)).startsWith("B ");
    }

    @Test
    void nonexistentNocsLookTheSameAsForeignOnes() throws Exception {
        AuthenticatedUser viewer = users.create(Role.VIEWER);
        nocs.grant(viewer.id(), nocA);
        for (MockHttpServletRequestBuilder request : endpointsOf(Long.MAX_VALUE - 7)) {
            mvc.perform(request.with(as(viewer)).with(csrf())).andExpect(status().isNotFound());
        }
    }

    @Test
    void aGrantedNocStillChecksTheRole() throws Exception {
        AuthenticatedUser viewer = users.create(Role.VIEWER);
        nocs.grant(viewer.id(), nocA);
        mvc.perform(get("/nocs/{id}/edit", nocA).with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/nocs/{id}", nocA).with(as(viewer)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void listsShowOnlyGrantedNocs() throws Exception {
        AuthenticatedUser operator = users.create(Role.OPERATOR);
        nocs.grant(operator.id(), nocA, nocC);

        mvc.perform(get("/api/v1/nocs").with(as(operator)))
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.results[*].id", containsInAnyOrder((int) nocA, (int) nocC)));
        String page = body(get("/nocs"), operator, null);
        assertThat(page).contains(nocs.name(nocA), nocs.name(nocC)).doesNotContain(nocs.name(nocB));
        String switcher = body(get("/nocs/switcher"), operator, null);
        assertThat(switcher)
                .contains("All NOCs", nocs.name(nocA), nocs.name(nocC))
                .doesNotContain(nocs.name(nocB));

        AuthenticatedUser nobody = users.create(Role.VIEWER);
        mvc.perform(get("/api/v1/nocs").with(as(nobody)))
                .andExpect(jsonPath("$.count").value(0));
    }

    @Test
    void theSwitcherNarrowsListsToOneNoc() throws Exception {
        AuthenticatedUser admin = users.create(Role.ADMIN);
        nocs.grant(admin.id(), nocA, nocC);
        MockHttpSession session = new MockHttpSession();

        mvc.perform(post("/nocs/switcher")
                        .session(session)
                        .param("nocId", String.valueOf(nocC))
                        .header("HX-Request", "true")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().isNoContent())
                .andExpect(header().string("HX-Refresh", "true"));
        String page = body(get("/nocs"), admin, session);
        assertThat(page).contains(nocs.name(nocC)).doesNotContain(nocs.name(nocA));
        assertThat(body(get("/nocs/switcher"), admin, session)).containsPattern("value=\"" + nocC + "\"\\s+selected");

        // the API does not follow the browser's switcher
        mvc.perform(get("/api/v1/nocs").session(session).with(as(admin)))
                .andExpect(jsonPath("$.count").value(2));

        mvc.perform(post("/nocs/switcher")
                        .session(session)
                        .param("nocId", "")
                        .with(as(admin))
                        .with(csrf()))
                .andExpect(status().isSeeOther());
        assertThat(body(get("/nocs"), admin, session)).contains(nocs.name(nocA), nocs.name(nocC));
    }

    @Test
    void headAdminsSeeEveryNocIncludingNewOnes() throws Exception {
        AuthenticatedUser head = users.create(Role.HEAD_ADMIN);
        AuthenticatedUser otherHead = users.create(Role.HEAD_ADMIN);
        String created = mvc.perform(post("/api/v1/nocs")
                        .with(as(otherHead))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"New " + System.nanoTime() + "\"}"))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = Integer.parseInt(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

        mvc.perform(get("/api/v1/nocs/{id}", id).with(as(head))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/nocs").param("limit", "1000").with(as(head)))
                .andExpect(jsonPath("$.results[*].id", hasItem(id)));
        mvc.perform(get("/api/v1/users/{id}/nocs", head.id()).with(as(otherHead)))
                .andExpect(jsonPath("$.allNocs").value(true))
                .andExpect(jsonPath("$.nocIds", hasItem(id)));
    }

    /** Every NOC endpoint that names one NOC, for the NOC {@code id}. */
    private static List<MockHttpServletRequestBuilder> endpointsOf(long id) {
        String json = "{\"name\":\"Taken over\"}";
        return List.of(
                get("/nocs/{id}", id),
                get("/nocs/{id}/edit", id),
                post("/nocs/{id}", id).param("name", "Taken over"),
                get("/nocs/{id}/delete", id),
                post("/nocs/{id}/delete", id),
                post("/nocs/switcher").param("nocId", String.valueOf(id)),
                get("/api/v1/nocs/{id}", id),
                put("/api/v1/nocs/{id}", id)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json),
                delete("/api/v1/nocs/{id}", id));
    }

    private String body(MockHttpServletRequestBuilder request, AuthenticatedUser user, MockHttpSession session)
            throws Exception {
        if (session != null) {
            request.session(session);
        }
        return mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String describe(MockHttpServletRequestBuilder request) {
        MockHttpServletRequest built = request.buildRequest(new MockServletContext());
        return built.getMethod() + " " + built.getRequestURI();
    }
}
