package io.nocvault.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.nocvault.identity.internal.UserStore;
import io.nocvault.test.TestUser;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The /users pages: list, forms with field errors, detail, delete, and who sees them. */
class UserManagementUiTest extends IdentityIntegrationTest {

    @Autowired
    UserStore store;

    @Test
    void theListShowsWhatTheSeedAsksFor() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        TestUser viewer = users.create(Role.VIEWER, "listed");
        formLogin(viewer.username(), viewer.password());

        String page = page(get("/users").param("q", viewer.username()), admin);
        assertThat(page)
                .contains("<th>Username</th>", "<th>Full name</th>", "<th>E-mail</th>", "<th>Role</th>")
                .contains("<th>Status</th>", "<th>Last login</th>", "<th>Last login IP</th>")
                .contains(viewer.username(), viewer.username() + "@test.local", "Viewer", "Active", "127.0.0.1");
    }

    @Test
    void operatorsGet403OnUserPages() throws Exception {
        TestUser operator = users.create(Role.OPERATOR);
        assertThat(status(get("/users").with(users.session(operator)))).isEqualTo(403);
        assertThat(status(get("/users/new").with(users.session(operator)))).isEqualTo(403);
    }

    @Test
    void theNewUserFormShowsErrorsNextToTheirFields() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        MvcResult result = mvc.perform(post("/users")
                        .with(users.session(admin))
                        .with(csrf())
                        .param("username", "b".repeat(1024 * 1024))
                        .param("email", "nope")
                        .param("fullName", "")
                        .param("role", "ADMIN")
                        .param("password", "short"))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String page = result.getResponse().getContentAsString();
        assertThat(page).contains("has-error", "Use at most 64 characters", "Enter a valid e-mail address");
        assertThat(page).contains("Enter the full name", "Use at least 10 characters");
        assertThat(page).hasSizeLessThan(100_000);
        assertThat(page).doesNotContain("value=\"short\"");
    }

    @Test
    void anAdminCreatesAnOperatorAndInjectionStringsStayText() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        String username = "ui_" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult created = mvc.perform(post("/users")
                        .with(users.session(admin))
                        .with(csrf())
                        .param("username", username)
                        .param("email", username + "@example.com")
                        .param("fullName", "<script>alert('x')</script>'; drop table users;--")
                        .param("role", "OPERATOR")
                        .param("password", "Ui-Created-Pass-1")
                        .param("passwordChangeRequired", "true"))
                .andReturn();
        var user = store.findByUsername(username).orElseThrow();
        assertThat(redirect(created)).isEqualTo("/users/" + user.id());
        assertThat(user.passwordChangeRequired()).isTrue();

        String detail = page(get("/users/" + user.id()), admin);
        assertThat(detail)
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
                .doesNotContain("<script>alert");
        assertThat(detail).contains("hx-get=\"/users/" + user.id() + "/nocs/fragment\"");
    }

    @Test
    void anAdminCannotGiveTheAdminRoleThroughTheForm() throws Exception {
        TestUser admin = users.create(Role.ADMIN);
        String form = page(get("/users/new"), admin);
        assertThat(form).contains("value=\"OPERATOR\"", "value=\"VIEWER\"").doesNotContain("value=\"ADMIN\"");

        String username = "sneaky_" + UUID.randomUUID().toString().substring(0, 6);
        mvc.perform(post("/users")
                .with(users.session(admin))
                .with(csrf())
                .param("username", username)
                .param("email", username + "@example.com")
                .param("fullName", "Sneaky")
                .param("role", "ADMIN")
                .param("password", "Sneaky-Pass-123"));
        assertThat(store.findByUsername(username)).isEmpty();
    }

    @Test
    void theHeadAdminEditsRoleAndStatusWhileAdminsSeeNoSuchFields() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        TestUser admin = users.create(Role.ADMIN);
        TestUser viewer = users.create(Role.VIEWER);
        assertThat(page(get("/users/" + viewer.id() + "/edit"), admin)).doesNotContain("name=\"role\"");
        assertThat(page(get("/users/" + viewer.id() + "/edit"), head)).contains("name=\"role\"", "name=\"status\"");

        MvcResult saved = mvc.perform(post("/users/" + viewer.id() + "/edit")
                        .with(users.session(head))
                        .with(csrf())
                        .param("email", "changed@example.com")
                        .param("fullName", "Changed Name")
                        .param("role", "OPERATOR")
                        .param("status", "SUSPENDED"))
                .andReturn();
        assertThat(redirect(saved)).isEqualTo("/users/" + viewer.id());
        var after = store.find(viewer.id()).orElseThrow();
        assertThat(after.role()).isEqualTo(Role.OPERATOR);
        assertThat(after.active()).isFalse();
        assertThat(after.email()).isEqualTo("changed@example.com");
    }

    @Test
    void deleteIsOfferedOnlyWhereAllowedAndWorks() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        TestUser admin = users.create(Role.ADMIN);
        TestUser viewer = users.create(Role.VIEWER);
        assertThat(page(get("/users/" + head.id()), admin)).doesNotContain("id=\"delete-user\"");
        assertThat(page(get("/users/" + head.id()), head)).doesNotContain("id=\"delete-user\"");
        assertThat(page(get("/users/" + viewer.id()), admin)).contains("id=\"delete-user\"");

        MvcResult refused = mvc.perform(post("/users/" + head.id() + "/delete")
                        .with(users.session(admin))
                        .with(csrf()))
                .andReturn();
        assertThat(redirect(refused)).isEqualTo("/users/" + head.id());
        assertThat(store.find(head.id())).isPresent();

        MvcResult deleted = mvc.perform(post("/users/" + viewer.id() + "/delete")
                        .with(users.session(admin))
                        .with(csrf()))
                .andReturn();
        assertThat(redirect(deleted)).isEqualTo("/users");
        assertThat(store.find(viewer.id())).isEmpty();
    }

    private String page(MockHttpServletRequestBuilder request, TestUser user) throws Exception {
        MvcResult result = mvc.perform(request.with(users.session(user))).andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString();
    }
}
