package io.nocvault.noc.api;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
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
import io.nocvault.noc.NocCreated;
import io.nocvault.noc.NocDeleted;
import io.nocvault.noc.NocUpdated;
import io.nocvault.secrets.SecretBox;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestKeys;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.util.LinkedHashMap;
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
import tools.jackson.databind.json.JsonMapper;

/** The NOC API: CRUD, write-only secrets, validation, conflicts, roles and events. Runs on H2 and PostgreSQL. */
@NocVaultWebTest
@RecordApplicationEvents
class NocApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String PASSWORD = "Jump-Pass-" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecretBox secrets;

    @Autowired
    ApplicationEvents events;

    TestPrincipals users;
    TestNocs testNocs;
    AuthenticatedUser head;

    @BeforeEach
    void setUp() {
        users = new TestPrincipals(jdbc);
        testNocs = new TestNocs(jdbc);
        head = users.create(Role.HEAD_ADMIN);
    }

    @Test
    void createsReadsUpdatesAndDeletesANoc() throws Exception {
        String key = TestKeys.openSsh(TestKeys.ed25519());
        Map<String, Object> body = noc(unique("East"));
        body.put("jumpHost", "jump.east.example");
        body.put("jumpUsername", "noc_user");
        body.put("jumpPassword", PASSWORD);
        body.put("jumpPrivateKey", key);

        String created = send(post("/api/v1/nocs"), head, body)
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.jumpPort").value(22))
                .andExpect(jsonPath("$.hasJumpPassword").value(true))
                .andExpect(jsonPath("$.hasJumpPrivateKey").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertNoSecrets(created, key);
        long id = JSON.readTree(created).get("id").asLong();

        String read = mvc.perform(get("/api/v1/nocs/{id}", id).with(as(head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(body.get("name")))
                .andExpect(jsonPath("$.location").value("New York, USA"))
                .andExpect(jsonPath("$.contactEmail").value("j.doe@example.com"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertNoSecrets(read, key);

        body.remove("jumpPassword");
        body.remove("jumpPrivateKey");
        body.put("location", "Boston, USA");
        send(put("/api/v1/nocs/{id}", id), head, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.location").value("Boston, USA"))
                .andExpect(jsonPath("$.hasJumpPassword").value(true))
                .andExpect(jsonPath("$.hasJumpPrivateKey").value(true));

        body.put("clearJumpPassword", true);
        send(put("/api/v1/nocs/{id}", id), head, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasJumpPassword").value(false))
                .andExpect(jsonPath("$.hasJumpPrivateKey").value(true));

        mvc.perform(delete("/api/v1/nocs/{id}", id).with(as(head)).with(csrf())).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/nocs/{id}", id).with(as(head))).andExpect(status().isNotFound());
    }

    @Test
    void aNocWithoutJumpHostIsReachedDirectlyAndDropsJumpSecrets() throws Exception {
        Map<String, Object> body = noc(unique("Direct"));
        body.put("jumpHost", "jump.example");
        body.put("jumpUsername", "u");
        body.put("jumpPassword", PASSWORD);
        long id = id(send(post("/api/v1/nocs"), head, body).andExpect(status().isCreated()));

        body.put("jumpHost", "");
        body.remove("jumpUsername");
        body.remove("jumpPassword");
        send(put("/api/v1/nocs/{id}", id), head, body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.jumpHost").value(nullValue()))
                .andExpect(jsonPath("$.jumpPort").value(nullValue()))
                .andExpect(jsonPath("$.hasJumpPassword").value(false));
        assertThat(sealedPassword(id)).isNull();
    }

    @Test
    void secretsAreSealedInTheDatabase() throws Exception {
        String key = TestKeys.openSsh(TestKeys.rsa());
        Map<String, Object> body = noc(unique("Sealed"));
        body.put("jumpHost", "10.0.0.1");
        body.put("jumpPort", 2222);
        body.put("jumpUsername", "noc_user");
        body.put("jumpPassword", PASSWORD);
        body.put("jumpPrivateKey", key);
        long id = id(send(post("/api/v1/nocs"), head, body).andExpect(status().isCreated()));

        Map<String, Object> row = jdbc.sql("select * from nocs where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        String everything = row.values().toString();
        assertThat(everything).doesNotContain(PASSWORD).doesNotContain(keyBody(key));
        String sealed = sealedPassword(id);
        assertThat(sealed).startsWith("v1:");
        assertThat(secrets.open(sealed, "noc.jump-password")).isEqualTo(PASSWORD);
        String sealedKey = (String) row.get("jump_private_key_sealed");
        assertThat(secrets.open(sealedKey, "noc.jump-private-key").strip()).isEqualTo(key.strip());
    }

    @Test
    void listsArePagedAndFiltered() throws Exception {
        String prefix = "Paged" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 1; i <= 3; i++) {
            Map<String, Object> body = noc(prefix + " " + i);
            send(post("/api/v1/nocs"), head, body).andExpect(status().isCreated());
        }
        mvc.perform(get("/api/v1/nocs")
                        .param("q", prefix.toLowerCase())
                        .param("limit", "2")
                        .with(as(head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.results", hasSize(2)))
                .andExpect(jsonPath("$.results[0].name").value(prefix + " 1"))
                .andExpect(jsonPath("$.previous").value(nullValue()))
                .andExpect(jsonPath("$.next").isNotEmpty());
        mvc.perform(get("/api/v1/nocs")
                        .param("q", prefix)
                        .param("limit", "2")
                        .param("offset", "2")
                        .with(as(head)))
                .andExpect(jsonPath("$.results", hasSize(1)))
                .andExpect(jsonPath("$.results[0].name").value(prefix + " 3"))
                .andExpect(jsonPath("$.next").value(nullValue()))
                .andExpect(jsonPath("$.previous").isNotEmpty());
    }

    @Test
    void duplicateNamesConflictRegardlessOfCase() throws Exception {
        String name = unique("Twin");
        send(post("/api/v1/nocs"), head, noc(name)).andExpect(status().isCreated());
        send(post("/api/v1/nocs"), head, noc(name.toUpperCase()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"));

        long other = id(send(post("/api/v1/nocs"), head, noc(unique("Other"))));
        send(put("/api/v1/nocs/{id}", other), head, noc(name))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
    }

    @Test
    void injectionStringsAreStoredAsData() throws Exception {
        String name = "<script>alert('x')</script>'; drop table nocs; -- " + UUID.randomUUID();
        Map<String, Object> body = noc(name);
        body.put("description", "\" onmouseover=\"alert(1) ${7*7} [[${7*7}]] %00");
        long id = id(send(post("/api/v1/nocs"), head, body).andExpect(status().isCreated()));
        mvc.perform(get("/api/v1/nocs/{id}", id).with(as(head)))
                .andExpect(jsonPath("$.name").value(name))
                .andExpect(jsonPath("$.description").value(body.get("description")));
        assertThat(jdbc.sql("select count(*) from nocs").query(Long.class).single())
                .isPositive();
    }

    @Test
    void rolesDecideWhoMayWrite() throws Exception {
        long granted = testNocs.create("Granted");
        AuthenticatedUser admin = users.create(Role.ADMIN);
        AuthenticatedUser operator = users.create(Role.OPERATOR);
        AuthenticatedUser viewer = users.create(Role.VIEWER);
        testNocs.grant(admin.id(), granted);
        testNocs.grant(operator.id(), granted);
        testNocs.grant(viewer.id(), granted);

        send(post("/api/v1/nocs"), admin, noc(unique("Nope"))).andExpect(status().isForbidden());
        send(post("/api/v1/nocs"), viewer, noc(unique("Nope"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/nocs/{id}", granted).with(as(viewer))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/nocs/{id}", granted).with(as(operator))).andExpect(status().isOk());
        Map<String, Object> change = noc(testNocs.name(granted));
        change.put("location", "Changed by admin");
        send(put("/api/v1/nocs/{id}", granted), operator, change).andExpect(status().isForbidden());
        send(put("/api/v1/nocs/{id}", granted), admin, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.location").value("Changed by admin"));
        mvc.perform(delete("/api/v1/nocs/{id}", granted).with(as(admin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/nocs/{id}", granted).with(as(head)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(jdbc.sql("select count(*) from noc_grants where noc_id = :id")
                        .param("id", granted)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void publishesEventsWithoutSecrets() throws Exception {
        Map<String, Object> body = noc(unique("Evented"));
        body.put("jumpHost", "jump.example");
        body.put("jumpUsername", "u");
        body.put("jumpPassword", PASSWORD);
        long id = id(send(post("/api/v1/nocs"), head, body));
        body.put("jumpPassword", PASSWORD + "-new");
        body.put("location", "Somewhere else");
        send(put("/api/v1/nocs/{id}", id), head, body).andExpect(status().isOk());
        mvc.perform(delete("/api/v1/nocs/{id}", id).with(as(head)).with(csrf())).andExpect(status().isNoContent());

        NocCreated created = events.stream(NocCreated.class)
                .filter(e -> e.nocId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(created.action()).isEqualTo("noc.created");
        assertThat(created.origin().actor()).isEqualTo(head.username());
        assertThat(created.target()).isEqualTo("NOC " + body.get("name"));
        NocUpdated updated = events.stream(NocUpdated.class)
                .filter(e -> e.nocId() == id)
                .findFirst()
                .orElseThrow();
        assertThat(updated.detail())
                .contains("location", "jump password changed")
                .doesNotContain(PASSWORD);
        assertThat(events.stream(NocDeleted.class).filter(e -> e.nocId() == id)).hasSize(1);
        assertThat(events.stream().map(Object::toString)).noneMatch(text -> text.contains(PASSWORD));
    }

    @Test
    void unknownNocsAnswer404() throws Exception {
        mvc.perform(get("/api/v1/nocs/{id}", 987654321L).with(as(head)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void headAdminListsEveryNoc() throws Exception {
        long id = testNocs.create("Listed");
        mvc.perform(get("/api/v1/nocs").param("limit", "1000").with(as(head)))
                .andExpect(jsonPath("$.results[*].id", hasItem((int) id)));
    }

    ResultActions send(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            AuthenticatedUser user,
            Map<String, Object> body)
            throws Exception {
        return mvc.perform(request.with(as(user))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(body)));
    }

    static Map<String, Object> noc(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("description", "NOC for the region");
        body.put("location", "New York, USA");
        body.put("contactPerson", "John Doe");
        body.put("contactEmail", "j.doe@example.com");
        body.put("contactPhone", "+1 234 567-890");
        return body;
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static long id(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString())
                .get("id")
                .asLong();
    }

    static String keyBody(String key) {
        return key.lines().skip(1).findFirst().orElseThrow();
    }

    static void assertNoSecrets(String response, String key) {
        assertThat(response)
                .doesNotContain(PASSWORD)
                .doesNotContain(keyBody(key))
                .doesNotContain("\"jumpPassword\"")
                .doesNotContain("\"jumpPrivateKey\"");
    }

    private String sealedPassword(long id) {
        return jdbc.sql("select jump_password_sealed from nocs where id = :id")
                .param("id", id)
                .query(String.class)
                .optional()
                .orElse(null);
    }
}
