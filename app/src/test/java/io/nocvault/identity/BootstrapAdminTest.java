package io.nocvault.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.nocvault.identity.internal.UserStore;
import io.nocvault.test.IsolatedDatabaseCustomizerFactory;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The first start creates {@code head_admin} with the configured password and forces a password change at the
 * first login, in the UI and in the API. The only test that logs in as {@code head_admin}.
 */
class BootstrapAdminTest extends IdentityIntegrationTest {

    static final String INITIAL = IsolatedDatabaseCustomizerFactory.ADMIN_PASSWORD;

    @Autowired
    UserStore store;

    @Autowired
    JdbcClient jdbc;

    @Test
    void headAdminMustChangeThePasswordInTheUiThenInTheApi() throws Exception {
        var admin = store.findByUsername("head_admin").orElseThrow();
        assertThat(admin.role()).isEqualTo(Role.HEAD_ADMIN);
        assertThat(admin.passwordChangeRequired()).isTrue();

        // UI: every page leads to the password form until the password is changed
        MvcResult login = formLogin("head_admin", INITIAL);
        assertThat(redirect(login)).isEqualTo("/account/password");
        MockHttpSession session = session(login);
        assertThat(redirect(mvc.perform(get("/users").session(session)).andReturn()))
                .isEqualTo("/account/password");
        assertThat(mvc.perform(get("/account/password").session(session))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("You must set a new password");
        MvcResult changed = mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", INITIAL)
                        .param("newPassword", "Second-Admin-Pass-2")
                        .param("confirmPassword", "Second-Admin-Pass-2"))
                .andReturn();
        assertThat(redirect(changed)).isEqualTo("/account");
        assertThat(mvc.perform(get("/users").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        // API: with the change required again, the API refuses all but the auth endpoints
        jdbc.sql("update users set password_change_required = true where id = :id")
                .param("id", admin.id())
                .update();
        MvcResult apiLogin = apiLogin("head_admin", "Second-Admin-Pass-2");
        assertThat(body(apiLogin).get("password_change_required").asBoolean()).isTrue();
        String bearer = "Bearer " + body(apiLogin).get("access_token").asString();
        MvcResult refused = mvc.perform(get("/api/v1/users").header("Authorization", bearer))
                .andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(body(refused).get("detail").asString()).contains("Password change required");
        assertThat(mvc.perform(get("/api/v1/auth/me").header("Authorization", bearer))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        MvcResult apiChange = mvc.perform(withJson(
                        post("/api/v1/auth/password").header("Authorization", bearer),
                        Map.of("currentPassword", "Second-Admin-Pass-2", "newPassword", "Third-Admin-Pass-3")))
                .andReturn();
        assertThat(apiChange.getResponse().getStatus()).isEqualTo(204);
        assertThat(mvc.perform(get("/api/v1/users").header("Authorization", bearer))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(body(apiLogin("head_admin", "Third-Admin-Pass-3"))
                        .get("password_change_required")
                        .asBoolean())
                .isFalse();
    }
}
