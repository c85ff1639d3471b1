package io.nocvault.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input to the UI forms: the form comes back with the field's message (or, for values no form offers, a 400),
 * never a 500, never a megabyte echoed back. Stored HTML and script are shown as text on every page that lists them.
 */
@NocVaultWebTest
class BadInputPagesTest {

    static final String MEGABYTE = "a".repeat(1024 * 1024);
    static final String SCRIPT = "<script>alert('nv')</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    TestUsers users;
    TestUser head;
    long noc;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
        head = users.create(Role.HEAD_ADMIN, "pages");
        noc = new TestNocs(jdbc).create("Pages");
    }

    @Test
    void userForm() throws Exception {
        expectFormError(newUser(MEGABYTE, "e@example.com", "VIEWER"), "Use at most 64 characters");
        expectFormError(newUser("u" + suffix(), "not-an-address", "VIEWER"), "valid e-mail");
        MockHttpServletResponse role = perform(newUser("u" + suffix(), "e@example.com", "GOD"));
        assertThat(role.getStatus()).isEqualTo(200);
        assertThat(role.getContentAsString()).contains("has-error");
        expectFormError(newUser("x' or '1'='1", "e@example.com", "VIEWER"), "has-error");
    }

    @Test
    void nocForm() throws Exception {
        expectFormError(post("/nocs").param("name", MEGABYTE), "has-error");
        expectFormError(post("/nocs").param("name", "N " + suffix()).param("jumpPort", "abc"), "has-error");
        expectFormError(
                post("/nocs").param("name", "N " + suffix()).param("jumpPort", "99999999999999999999"), "has-error");
        expectFormError(post("/nocs").param("name", "N " + suffix()).param("contactEmail", SCRIPT), "has-error");
    }

    @Test
    void grantsTokensRecipientsChannelsDeviceTypes() throws Exception {
        TestUser viewer = users.create(Role.VIEWER, "pages");
        expectRefused(post("/users/" + viewer.id() + "/nocs").param("nocIds", "abc"));
        expectRefused(post("/users/" + viewer.id() + "/nocs").param("nocIds", "987654321"));
        expectFormError(post("/account/tokens").param("name", "t").param("expiresInDays", "abc"), "has-error");
        expectFormError(post("/account/tokens").param("name", MEGABYTE), "has-error");
        expectFormError(
                post("/recipients").param("name", "R").param("phone", "call me").param("nocIds", "" + noc),
                "has-error");
        expectRefused(
                post("/recipients").param("name", "R").param("email", "r@x.io").param("nocIds", "abc"));
        expectRefused(post("/notification-channels").param("name", "C").param("type", "FAX"));
        expectFormError(
                post("/notification-channels")
                        .param("name", "C " + suffix())
                        .param("type", "EMAIL")
                        .param("smtpHost", "mail")
                        .param("smtpPort", "99999999999999999999")
                        .param("fromAddress", "a@b.io"),
                "has-error");
        expectFormError(post("/device-types").param("key", SCRIPT).param("name", "x"), "has-error");
    }

    @Test
    void listsTakeAnyPaging() throws Exception {
        for (String path : List.of(
                "/users?limit=-1&offset=-5",
                "/users?limit=99999999999999999999",
                "/nocs?limit=abc",
                "/audit?from=yesterday&to=never&limit=-1&offset=-9",
                "/audit?nocId=1e99",
                "/audit/export.csv?from=garbage",
                "/recipients?offset=-1",
                "/deliveries?limit=-7")) {
            MockHttpServletResponse response = perform(get(path));
            assertThat(response.getStatus()).as(path).isIn(200, 400);
        }
    }

    @Test
    void storedHtmlIsShownAsText() throws Exception {
        String name = SCRIPT + " " + suffix();
        MockHttpServletResponse created = mvc.perform(post("/api/v1/nocs")
                        .header("Authorization", users.bearer(head))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + name.replace("'", "\\u0027") + "\",\"description\":\"" + IMAGE
                                + "\",\"location\":\"" + IMAGE + "\"}"))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        String id = created.getHeader("Location").replaceAll(".*/", "");
        TestUser marked = users.create(Role.VIEWER, "xss");
        jdbc.sql("update users set full_name = :n where id = :id")
                .param("n", IMAGE)
                .param("id", marked.id())
                .update();
        for (String page : List.of(
                "/nocs",
                "/nocs/" + id,
                "/nocs/" + id + "/edit",
                "/users",
                "/users/" + marked.id(),
                "/audit",
                "/audit/recent")) {
            String html = perform(get(page)).getContentAsString();
            assertThat(html).as(page).doesNotContain(SCRIPT, IMAGE);
        }
        assertThat(perform(get("/nocs")).getContentAsString()).contains("&lt;script&gt;alert(");
        assertThat(perform(get("/users/" + marked.id())).getContentAsString())
                .contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    private MockHttpServletRequestBuilder newUser(String username, String email, String role) {
        return post("/users")
                .param("username", username)
                .param("email", email)
                .param("fullName", "Full Name")
                .param("role", role)
                .param("status", "ACTIVE")
                .param("password", "Long-enough-1");
    }

    private void expectFormError(MockHttpServletRequestBuilder request, String text) throws Exception {
        MockHttpServletResponse response = perform(request);
        String html = response.getContentAsString();
        assertThat(response.getStatus())
                .as(html.length() > 300 ? html.substring(0, 300) : html)
                .isEqualTo(200);
        assertThat(html).contains(text).doesNotContain("a".repeat(5000));
    }

    /** A value no form offers (a word for an id, an unknown type): refused, not a server error. */
    private void expectRefused(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = perform(request);
        assertThat(response.getStatus()).isBetween(200, 499).isNotIn(201, 204, 302, 303);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(users.session(head)).with(csrf()))
                .andReturn()
                .getResponse();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
