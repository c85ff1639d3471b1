package io.nocvault.noc.web;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestKeys;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The NOC pages: list, detail, create and edit forms with field errors, delete with confirmation. */
@NocVaultWebTest
class NocPagesTest {

    static final String PASSWORD = "Ui-Jump-Pass-" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    TestNocs nocs;
    AuthenticatedUser head;

    @BeforeEach
    void setUp() {
        nocs = new TestNocs(jdbc);
        head = new TestPrincipals(jdbc).create(Role.HEAD_ADMIN);
    }

    @Test
    void createsANocWithTheFormAndShowsItWithoutSecrets() throws Exception {
        String key = TestKeys.openSsh(TestKeys.ed25519());
        String name = "Form " + UUID.randomUUID().toString().substring(0, 8);
        String location = mvc.perform(form(post("/nocs"), name)
                        .param("jumpHost", "jump.example")
                        .param("jumpPort", "2200")
                        .param("jumpUsername", "noc_user")
                        .param("jumpPassword", PASSWORD)
                        .param("jumpPasswordConfirm", PASSWORD)
                        .param("jumpPrivateKey", key))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/nocs/*"))
                .andExpect(flash().attribute("flashSuccess", "Created NOC " + name))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String page = html(get(location));
        assertThat(page)
                .contains(name, "jump.example", "2200", "noc_user", "password set", "key set", "New York")
                .doesNotContain(PASSWORD)
                .doesNotContain(keyLine(key))
                .doesNotContain("Test connection");

        String list = html(get("/nocs").param("q", name));
        assertThat(list).contains(name, "jump.example:2200", "New NOC");
    }

    @Test
    void showsFieldErrorsAndNeverSendsSecretsBack() throws Exception {
        String key =
                "-----BEGIN OPENSSH PRIVATE KEY-----\nR2FyYmFnZUtleUdhcmJhZ2VLZXk=\n-----END OPENSSH PRIVATE KEY-----";
        String page = mvc.perform(form(post("/nocs"), "")
                        .param("contactEmail", "nope")
                        .param("jumpHost", "jump.example")
                        .param("jumpPort", "not a port")
                        .param("jumpUsername", "u")
                        .param("jumpPassword", PASSWORD)
                        .param("jumpPasswordConfirm", PASSWORD + "typo")
                        .param("jumpPrivateKey", key))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("has-error", "field-error", "Enter a name", "Enter a valid e-mail address")
                .contains(NocForm.PASSWORDS_DIFFER, NocForm.BAD_PORT, "Not a usable private key")
                .contains("jump.example")
                .doesNotContain(PASSWORD)
                .doesNotContain("R2FyYmFnZUtleUdhcmJhZ2VLZXk");
    }

    @Test
    void refusesOversizedFieldsCleanly() throws Exception {
        String megabyte = "y".repeat(1024 * 1024);
        String page = mvc.perform(form(post("/nocs"), "Big " + UUID.randomUUID())
                        .param("description", megabyte)
                        .param("jumpHost", "jump.example")
                        .param("jumpUsername", "u")
                        .param("jumpPrivateKey", "z".repeat(1024 * 1024)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("At most 1000 characters", "At most 16384 characters")
                .doesNotContain("zzzzzzzz");
    }

    @Test
    void aDuplicateNameIsAFieldError() throws Exception {
        long existing = nocs.create("Dup");
        String page = mvc.perform(form(post("/nocs"), nocs.name(existing).toUpperCase()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("already exists", "has-error");
    }

    @Test
    void editKeepsSecretsUnlessCleared() throws Exception {
        String name = "Edit " + UUID.randomUUID().toString().substring(0, 8);
        String location = mvc.perform(form(post("/nocs"), name)
                        .param("jumpHost", "jump.example")
                        .param("jumpUsername", "noc_user")
                        .param("jumpPassword", PASSWORD)
                        .param("jumpPasswordConfirm", PASSWORD)
                        .param("jumpPrivateKey", TestKeys.openSsh(TestKeys.rsa())))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        String edit = html(get(location + "/edit"));
        assertThat(edit).contains("value=\"" + name + "\"", "value=\"noc_user\"", "Leave empty to keep it");
        assertThat(edit).contains("Remove the stored password", "Remove the stored private key");

        mvc.perform(form(post(location), name).param("jumpHost", "jump.example").param("jumpUsername", "noc_user"))
                .andExpect(redirectedUrl(location));
        assertThat(html(get(location))).contains("password set", "key set");

        mvc.perform(form(post(location), name)
                        .param("jumpHost", "jump.example")
                        .param("jumpUsername", "noc_user")
                        .param("clearJumpPassword", "true"))
                .andExpect(redirectedUrl(location));
        assertThat(html(get(location))).doesNotContain("password set").contains("key set");
    }

    @Test
    void deletesAfterConfirmation() throws Exception {
        long id = nocs.create("Gone");
        assertThat(html(get("/nocs/{id}/delete", id))).contains("Delete NOC", nocs.name(id));
        mvc.perform(post("/nocs/{id}/delete", id).with(as(head)).with(csrf()))
                .andExpect(redirectedUrl("/nocs"))
                .andExpect(flash().attributeExists("flashSuccess"));
        mvc.perform(get("/nocs/{id}", id).with(as(head))).andExpect(status().isNotFound());
    }

    @Test
    void escapesWhatUsersTyped() throws Exception {
        String name =
                "<script>alert('x')</script> " + UUID.randomUUID().toString().substring(0, 8);
        String location = mvc.perform(form(post("/nocs"), name).param("description", "<img src=x onerror=alert(1)>"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String page = html(get(location));
        assertThat(page)
                .doesNotContain("<script>alert")
                .doesNotContain("<img src=x")
                .contains("&lt;script&gt;");
        assertThat(html(get("/nocs").param("q", "script"))).doesNotContain("<script>alert");
    }

    @Test
    void htmxRequestsGetOnlyTheMainElement() throws Exception {
        String fragment = mvc.perform(get("/nocs").header("HX-Request", "true").with(as(head)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment).contains("<main", "noc-table").doesNotContain("<html", "navbar");
        assertThat(html(get("/nocs"))).contains("<html", "navbar", "/nocs/switcher");
    }

    @Test
    void viewersReadButDoNotGetWriteButtons() throws Exception {
        long id = nocs.create("ReadOnly");
        AuthenticatedUser viewer = new TestPrincipals(jdbc).create(Role.VIEWER);
        nocs.grant(viewer.id(), id);
        String list = mvc.perform(get("/nocs").with(as(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(list).contains(nocs.name(id)).doesNotContain("New NOC", "/edit\"");
        String detail = mvc.perform(get("/nocs/{id}", id).with(as(viewer)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(detail).doesNotContain("edit-noc", "delete-noc");
        mvc.perform(get("/nocs/new").with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(get("/nocs/{id}/edit", id).with(as(viewer))).andExpect(status().isForbidden());
        mvc.perform(form(post("/nocs/{id}", id), "x").with(as(viewer))).andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, String name) {
        return request.with(as(head))
                .with(csrf())
                .param("name", name)
                .param("location", "New York, USA")
                .param("contactPerson", "John Doe")
                .param("contactEmail", "j.doe@example.com");
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(head)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String keyLine(String key) {
        return key.lines().skip(1).findFirst().orElseThrow();
    }
}
