package io.nocvault.inventory;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
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
import io.nocvault.test.NocVaultWebTest;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.request.RequestContextHolder;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/devices}: CRUD, write-only secrets, filters, validation, duplicates, roles and NOC scoping. */
@NocVaultWebTest
@RecordApplicationEvents
class DeviceApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeviceDirectory directory;

    @Autowired
    ApplicationEvents events;

    AuthenticatedUser head;
    AuthenticatedUser adminA;
    AuthenticatedUser operatorA;
    AuthenticatedUser viewerA;
    long nocA;
    long nocB;

    @BeforeEach
    void setUp() {
        TestPrincipals users = new TestPrincipals(jdbc);
        TestNocs nocs = new TestNocs(jdbc);
        nocA = nocs.create("DevA");
        nocB = nocs.create("DevB");
        head = users.create(Role.HEAD_ADMIN);
        adminA = users.create(Role.ADMIN);
        operatorA = users.create(Role.OPERATOR);
        viewerA = users.create(Role.VIEWER);
        nocs.grant(adminA.id(), nocA);
        nocs.grant(operatorA.id(), nocA);
        nocs.grant(viewerA.id(), nocA);
    }

    @Test
    void anAdminCreatesReadsUpdatesAndDeletesADeviceWithWriteOnlySecrets() throws Exception {
        String hostname = InventoryFixture.unique("Core-SW");
        Map<String, Object> body = device(hostname, "127.1.1.1", nocA);
        body.put("tags", List.of("Core", "floor-1"));
        ResultActions created = send(post("/api/v1/devices"), adminA, body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hostname").value(hostname))
                .andExpect(jsonPath("$.address").value("127.1.1.1"))
                .andExpect(jsonPath("$.port").value(22))
                .andExpect(jsonPath("$.nocId").value(nocA))
                .andExpect(jsonPath("$.deviceType").value("cisco_ios"))
                .andExpect(jsonPath("$.username").value("backup"))
                .andExpect(jsonPath("$.tags").value(contains("core", "floor-1")))
                .andExpect(jsonPath("$.enabled").value(true))
                .andExpect(jsonPath("$.passwordSet").value(true))
                .andExpect(jsonPath("$.enableSecretSet").value(true))
                .andExpect(jsonPath("$.reachability").value("UNKNOWN"))
                .andExpect(jsonPath("$.lastBackupStatus").value("NEVER"));
        assertThat(created.andReturn().getResponse().getContentAsString())
                .doesNotContain("pw-secret-1")
                .doesNotContain("en-secret-1")
                .doesNotContain("\"password\"");
        long id = id(created);
        assertThat(events.stream(DeviceCreated.class)).anyMatch(e -> e.deviceId() == id);

        mvc.perform(get("/api/v1/devices/" + id).with(as(viewerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hostname").value(hostname))
                .andExpect(jsonPath("$.password").doesNotExist());

        Map<String, Object> change = device(hostname, "127.1.1.2", nocA);
        change.remove("password");
        change.put("enableSecret", "");
        change.put("port", 2222);
        change.put("commandTimeout", 120);
        send(put("/api/v1/devices/" + id), adminA, change)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.address").value("127.1.1.2"))
                .andExpect(jsonPath("$.port").value(2222))
                .andExpect(jsonPath("$.commandTimeout").value(120));
        RequestContextHolder.resetRequestAttributes();
        var access = directory.access(id);
        assertThat(access.endpoint().credentials().password()).isEqualTo("pw-secret-1");
        assertThat(access.login().enableSecret()).isEqualTo("en-secret-1");
        assertThat(access.timeouts().command()).hasSeconds(120);
        assertThat(events.stream(DeviceUpdated.class))
                .anyMatch(e -> e.deviceId() == id && e.detail().equals("changed address, tags, timeouts"));

        mvc.perform(delete("/api/v1/devices/" + id).with(as(adminA))).andExpect(status().isNoContent());
        assertThat(events.stream(DeviceDeleted.class)).anyMatch(e -> e.deviceId() == id && e.nocId() == nocA);
        mvc.perform(get("/api/v1/devices/" + id).with(as(adminA))).andExpect(status().isNotFound());
    }

    @Test
    void listFiltersAndPages() throws Exception {
        String marker = InventoryFixture.unique("flt");
        long a1 = id(send(post("/api/v1/devices"), head, tagged(device(marker + "-a1", "127.2.0.1", nocA), "edge")));
        long a2 =
                id(send(post("/api/v1/devices"), head, typed(device(marker + "-a2", "127.2.0.2", nocA), "arista_eos")));
        long b1 = id(send(post("/api/v1/devices"), head, tagged(device(marker + "-b1", "127.2.0.3", nocB), "edge")));

        mvc.perform(get("/api/v1/devices").param("q", marker).with(as(head)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.count").value(3));
        mvc.perform(get("/api/v1/devices")
                        .param("q", marker)
                        .param("limit", "2")
                        .with(as(head)))
                .andExpect(jsonPath("$.count").value(3))
                .andExpect(jsonPath("$.results.length()").value(2))
                .andExpect(jsonPath("$.next").isNotEmpty())
                .andExpect(jsonPath("$.previous").doesNotExist());
        mvc.perform(get("/api/v1/devices")
                        .param("q", marker)
                        .param("tag", "EDGE")
                        .with(as(head)))
                .andExpect(jsonPath("$.results[*].id").value(contains((int) a1, (int) b1)));
        mvc.perform(get("/api/v1/devices")
                        .param("q", marker)
                        .param("deviceType", "arista_eos")
                        .with(as(head)))
                .andExpect(jsonPath("$.results[*].id").value(contains((int) a2)));
        mvc.perform(get("/api/v1/devices")
                        .param("q", marker)
                        .param("nocId", String.valueOf(nocB))
                        .with(as(head)))
                .andExpect(jsonPath("$.results[*].id").value(contains((int) b1)));
        mvc.perform(get("/api/v1/devices")
                        .param("q", marker)
                        .param("status", "unknown")
                        .with(as(head)))
                .andExpect(jsonPath("$.count").value(3));
        mvc.perform(get("/api/v1/devices")
                        .param("q", marker)
                        .param("status", "active")
                        .with(as(head)))
                .andExpect(jsonPath("$.count").value(0));
        mvc.perform(get("/api/v1/devices").param("q", marker).with(as(viewerA)))
                .andExpect(jsonPath("$.count").value(2))
                .andExpect(jsonPath("$.results[*].id").value(not(hasItem((int) b1))));
    }

    @Test
    void badInputAnswers400WithFieldErrorsNever500() throws Exception {
        Map<String, Object> bad = device("bad host", "999.1.1.1", nocA);
        bad.put("port", 70000);
        bad.put("deviceType", "nope");
        bad.put("password", "");
        bad.put("tags", List.of("has space"));
        bad.put("loginTimeout", 0);
        ResultActions result = send(post("/api/v1/devices"), adminA, bad)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field")
                        .value(contains(
                                "hostname", "address", "port", "deviceType", "password", "tags", "loginTimeout")));
        assertThat(result.andReturn().getResponse().getContentAsString()).doesNotContain("999.1.1.1");
        send(post("/api/v1/devices"), adminA, device("x1", "127.0.0.1", nocB))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nocId"));
        mvc.perform(post("/api/v1/devices")
                        .with(as(adminA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"hostname\": [1, 2]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("hostname"));
        mvc.perform(post("/api/v1/devices")
                        .with(as(adminA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/devices").param("status", "sleeping").with(as(adminA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
        mvc.perform(get("/api/v1/devices").param("nocId", "abc").with(as(adminA)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("nocId"));
        mvc.perform(get("/api/v1/devices/abc").with(as(adminA))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/devices/ping")
                        .with(as(adminA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"ids\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ids"));
    }

    @Test
    void duplicatesAnswer409() throws Exception {
        String hostname = InventoryFixture.unique("dup");
        send(post("/api/v1/devices"), adminA, device(hostname, "127.3.0.1", nocA))
                .andExpect(status().isCreated());
        send(post("/api/v1/devices"), adminA, device(hostname.toUpperCase(), "127.3.0.2", nocA))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("hostname"));
        send(post("/api/v1/devices"), adminA, device(hostname + "-2", "127.3.0.1", nocA))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].field").value("address"));
        Map<String, Object> otherPort = device(hostname + "-3", "127.3.0.1", nocA);
        otherPort.put("port", 2022);
        send(post("/api/v1/devices"), adminA, otherPort).andExpect(status().isCreated());
        send(post("/api/v1/devices"), head, device(hostname, "127.3.0.1", nocB)).andExpect(status().isCreated());
    }

    @Test
    void rolesFollowTheDesign() throws Exception {
        long id = id(send(post("/api/v1/devices"), adminA, device(InventoryFixture.unique("r"), "127.4.0.1", nocA)));
        send(post("/api/v1/devices"), viewerA, device(InventoryFixture.unique("v"), "127.4.0.2", nocA))
                .andExpect(status().isForbidden());
        send(post("/api/v1/devices"), operatorA, device(InventoryFixture.unique("o"), "127.4.0.3", nocA))
                .andExpect(status().isForbidden());
        send(put("/api/v1/devices/" + id), operatorA, device("r2", "127.4.0.1", nocA))
                .andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/devices/" + id).with(as(viewerA))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/devices/" + id + "/test").with(as(viewerA))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/devices")).andExpect(status().isUnauthorized());
    }

    @Test
    void everyEndpointAnswers404ForADeviceOfAnotherNoc() throws Exception {
        long inB = id(send(post("/api/v1/devices"), head, device(InventoryFixture.unique("hid"), "127.5.0.1", nocB)));
        for (AuthenticatedUser user : List.of(viewerA, operatorA, adminA)) {
            mvc.perform(get("/api/v1/devices/" + inB).with(as(user))).andExpect(status().isNotFound());
            send(put("/api/v1/devices/" + inB), user, device("stolen", "127.5.0.9", nocA))
                    .andExpect(status().isNotFound());
            mvc.perform(delete("/api/v1/devices/" + inB).with(as(user))).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/devices/" + inB + "/test").with(as(user))).andExpect(status().isNotFound());
        }
        for (AuthenticatedUser user : List.of(operatorA, adminA)) {
            mvc.perform(post("/api/v1/devices/ping")
                            .with(as(user))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"ids\": [" + inB + "]}"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/devices").param("nocId", String.valueOf(nocB)).with(as(adminA)))
                .andExpect(jsonPath("$.count").value(0));
        String csv = mvc.perform(get("/api/v1/devices/export").with(as(adminA)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv).doesNotContain("127.5.0.1");
        RequestContextHolder.resetRequestAttributes();
        assertThat(directory.find(inB)).isPresent();
    }

    @Test
    void exportHasNoSecrets() throws Exception {
        String hostname = InventoryFixture.unique("exp");
        send(post("/api/v1/devices"), adminA, device(hostname, "127.6.0.1", nocA))
                .andExpect(status().isCreated());
        var response = mvc.perform(
                        get("/api/v1/devices/export").param("q", hostname).with(as(viewerA)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/csv");
        String csv = response.getContentAsString();
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow())
                .startsWith("hostname,address,port,noc,device_type,username,tags")
                .doesNotContain("password");
        assertThat(csv)
                .contains(hostname + ",127.6.0.1,22,")
                .doesNotContain("pw-secret-1")
                .doesNotContain("en-secret");
    }

    static Map<String, Object> device(String hostname, String address, long nocId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("hostname", hostname);
        body.put("address", address);
        body.put("nocId", nocId);
        body.put("deviceType", "cisco_ios");
        body.put("username", "backup");
        body.put("password", "pw-secret-1");
        body.put("enableSecret", "en-secret-1");
        return body;
    }

    static Map<String, Object> tagged(Map<String, Object> body, String tag) {
        body.put("tags", List.of(tag));
        return body;
    }

    static Map<String, Object> typed(Map<String, Object> body, String type) {
        body.put("deviceType", type);
        return body;
    }

    ResultActions send(MockHttpServletRequestBuilder request, AuthenticatedUser user, Map<String, Object> body)
            throws Exception {
        return mvc.perform(
                request.with(as(user)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    static long id(ResultActions result) throws Exception {
        return JSON.readTree(result.andReturn().getResponse().getContentAsString())
                .get("id")
                .asLong();
    }
}
