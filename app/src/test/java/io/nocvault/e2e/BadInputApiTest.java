package io.nocvault.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.jayway.jsonpath.JsonPath;
import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad input to the API of every foundation module: a 400 (415 for a wrong content type) problem detail naming the
 * offending field, never a 500, never the value echoed back.
 */
@NocVaultWebTest
class BadInputApiTest {

    static final String MEGABYTE = "a".repeat(1024 * 1024);

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestUsers users;
    String bearer;
    TestUser viewer;
    long noc;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        bearer = users.bearer(users.create(Role.HEAD_ADMIN, "badinput"));
        viewer = users.create(Role.VIEWER, "badinput");
        noc = new TestNocs(jdbc).create("Bad input");
    }

    @Test
    void users() throws Exception {
        String valid =
                "\"email\":\"e@example.com\",\"fullName\":\"F\",\"role\":\"VIEWER\",\"password\":\"Long-enough-1\"";
        expectField(HttpMethod.POST, "/api/v1/users", "{\"username\":\"" + MEGABYTE + "\"," + valid + "}", "username");
        expectField(
                HttpMethod.POST,
                "/api/v1/users",
                "{\"username\":\"u\"," + valid.replace("VIEWER", "GOD") + "}",
                "role");
        expectField(HttpMethod.POST, "/api/v1/users", "{\"username\":", "body");
        expectField(HttpMethod.POST, "/api/v1/users", "", "body");
        expectField(HttpMethod.POST, "/api/v1/users", "{\"username\":[1,2]," + valid + "}", "username");
        expectField(HttpMethod.PATCH, "/api/v1/users/" + viewer.id(), "{\"status\":\"ZOMBIE\"}", "status");
        expectField(HttpMethod.PATCH, "/api/v1/users/" + viewer.id(), "{\"email\":\"<script>\"}", "email");
        expectField(HttpMethod.GET, "/api/v1/users?limit=99999999999999999999", null, "limit");
        expectField(HttpMethod.GET, "/api/v1/users?offset=abc", null, "offset");
        expectField(HttpMethod.GET, "/api/v1/users/abc", null, "id");
    }

    @Test
    void sqlInjectionIsJustText() throws Exception {
        String name = "x'); drop table users; --" + UUID.randomUUID();
        String body = "{\"name\":\"" + name + "\",\"description\":\"' or '1'='1\"}";
        MockHttpServletResponse created = call(HttpMethod.POST, "/api/v1/nocs", body);
        assertThat(created.getStatus()).isEqualTo(201);
        long id = ((Number) JsonPath.read(created.getContentAsString(), "$.id")).longValue();
        assertThat(call(HttpMethod.GET, "/api/v1/nocs/" + id, null).getContentAsString())
                .contains(name.substring(0, 10));
        assertThat(call(HttpMethod.GET, "/api/v1/audit?actor=' or '1'='1", null).getContentAsString())
                .contains("\"count\":0");
        expectField(
                HttpMethod.POST,
                "/api/v1/users",
                "{\"username\":\"a' or '1'='1\",\"email\":\"x' or 1=1 --@example.com\",\"fullName\":\"F\","
                        + "\"role\":\"VIEWER\",\"password\":\"Long-enough-1\"}",
                "email");
        assertThat(jdbc.sql("select count(*) from users").query(Long.class).single())
                .isPositive();
    }

    @Test
    void nocsAndGrants() throws Exception {
        expectField(HttpMethod.POST, "/api/v1/nocs", "{\"name\":\"" + MEGABYTE + "\"}", "name");
        expectField(HttpMethod.POST, "/api/v1/nocs", "{\"name\":\"n\",\"jumpPort\":99999999999999}", "jumpPort");
        expectField(HttpMethod.POST, "/api/v1/nocs", "{\"name\":\"n\",\"jumpPort\":1e400}", "jumpPort");
        expectField(HttpMethod.POST, "/api/v1/nocs", "{\"name\":\"n\",\"jumpPort\":-22}", "jumpPort");
        expectField(HttpMethod.GET, "/api/v1/nocs?limit=1e99", null, "limit");
        assertThat(call(HttpMethod.GET, "/api/v1/nocs?limit=-1&offset=-5", null).getStatus())
                .isEqualTo(200);
        String grants = "/api/v1/users/" + viewer.id() + "/nocs";
        expectField(HttpMethod.PUT, grants, "{\"nocIds\":[\"abc\"]}", "nocIds");
        expectField(HttpMethod.PUT, grants, "{\"nocIds\":[99999999999999999999]}", "nocIds");
        expectField(HttpMethod.PUT, grants, "{\"nocIds\":\"" + noc + "\"}", "nocIds");
        expectField(HttpMethod.PUT, grants, "{\"nocIds\":[987654321]}", "nocIds");
    }

    @Test
    void tokens() throws Exception {
        expectField(HttpMethod.POST, "/api/v1/auth/tokens", "{\"name\":\"\",\"expiresInDays\":-1}", "name");
        expectField(HttpMethod.POST, "/api/v1/auth/tokens", "{\"name\":\"t\",\"expiresInDays\":1e30}", "expiresInDays");
        expectField(HttpMethod.POST, "/api/v1/auth/tokens", "{\"name\":\"" + MEGABYTE + "\"}", "name");
        expectField(HttpMethod.DELETE, "/api/v1/auth/tokens/x", null, "id");
    }

    @Test
    void recipientsAndChannels() throws Exception {
        expectField(
                HttpMethod.POST,
                "/api/v1/recipients",
                "{\"name\":\"<b>r</b>\",\"phone\":\"call me\",\"nocIds\":[" + noc + "]}",
                "phone");
        expectField(
                HttpMethod.POST,
                "/api/v1/recipients",
                "{\"name\":\"r\",\"email\":\"e@x.io\",\"nocIds\":[\"x\"]}",
                "nocIds");
        expectField(
                HttpMethod.POST,
                "/api/v1/recipients",
                "{\"name\":\"r\",\"email\":\"e@x.io\",\"enabled\":\"maybe\"}",
                "enabled");
        expectField(HttpMethod.POST, "/api/v1/notification-channels", "{\"name\":\"c\",\"type\":\"FAX\"}", "type");
        expectField(
                HttpMethod.POST,
                "/api/v1/notification-channels",
                "{\"name\":\"c\",\"type\":\"EMAIL\",\"smtpHost\":\"h\",\"smtpPort\":123456789012,"
                        + "\"fromAddress\":\"a@b.c\"}",
                "smtpPort");
        expectField(
                HttpMethod.POST,
                "/api/v1/notification-channels",
                "{\"name\":\"c\",\"type\":\"EMAIL\",\"smtpHost\":\"h\",\"smtpPort\":25,\"tlsMode\":\"MAYBE\"}",
                "tlsMode");
    }

    @Test
    void deviceTypesAndAudit() throws Exception {
        expectField(HttpMethod.POST, "/api/v1/device-types", "{\"key\":", "body");
        expectField(HttpMethod.POST, "/api/v1/device-types", "{\"key\":\"" + MEGABYTE + "\"}", "key");
        expectField(HttpMethod.GET, "/api/v1/audit?from=yesterday", null, "from");
        expectField(HttpMethod.GET, "/api/v1/audit?nocId=1e99", null, "nocId");
        expectField(HttpMethod.GET, "/api/v1/audit?success=perhaps", null, "success");
    }

    @Test
    void wrongContentTypeIs415() throws Exception {
        for (String path : List.of("/api/v1/users", "/api/v1/nocs", "/api/v1/recipients", "/api/v1/auth/login")) {
            MockHttpServletResponse response = mvc.perform(request(HttpMethod.POST, path)
                            .header("Authorization", bearer)
                            .contentType(MediaType.TEXT_PLAIN)
                            .content("name=x"))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).as(path).isEqualTo(415);
            assertThat(response.getContentType()).as(path).startsWith("application/problem+json");
        }
    }

    @Test
    void aMegabyteLoginIsRefusedCleanly() throws Exception {
        MockHttpServletResponse response = mvc.perform(request(HttpMethod.POST, "/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + MEGABYTE + "\",\"password\":\"" + MEGABYTE + "\"}"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isIn(400, 401);
        assertThat(response.getContentAsString()).hasSizeLessThan(2000);
        assertThat(mvc.perform(get("/api/v1/auth/me").header("Authorization", bearer))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    private void expectField(HttpMethod method, String path, String body, String field) throws Exception {
        MockHttpServletResponse response = call(method, path, body);
        String answer = response.getContentAsString();
        String what = method + " " + abbreviate(path) + " " + abbreviate(body) + " -> " + abbreviate(answer);
        assertThat(response.getStatus()).as(what).isEqualTo(400);
        assertThat(response.getContentType()).as(what).startsWith("application/problem+json");
        List<String> fields = answer.contains("\"errors\"") ? JsonPath.read(answer, "$.errors[*].field") : List.of();
        assertThat(fields).as(what).contains(field);
        assertThat(answer).as(what).hasSizeLessThan(2000).doesNotContain("aaaaaaaaaa", "Exception");
    }

    private MockHttpServletResponse call(HttpMethod method, String path, String body) throws Exception {
        var request = request(method, path).header("Authorization", bearer).accept(MediaType.APPLICATION_JSON);
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String abbreviate(String text) {
        return text == null || text.length() < 200 ? String.valueOf(text) : text.substring(0, 200) + "…";
    }
}
