package io.nocvault.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** The browser side: login form, session, CSRF, logout, lockout messages, sessions of suspended users. */
class UiLoginTest extends IdentityIntegrationTest {

    @Test
    void anonymousPagesRedirectToTheLoginPageWhichStandsAlone() throws Exception {
        assertThat(redirect(mvc.perform(get("/account")).andReturn())).endsWith("/login");
        MvcResult htmx =
                mvc.perform(get("/account").header("HX-Request", "true")).andReturn();
        assertThat(htmx.getResponse().getStatus()).isEqualTo(401);
        assertThat(htmx.getResponse().getHeader("HX-Redirect")).isEqualTo("/login");

        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("class=\"auth\"", "auth-card", "name=\"_csrf\"", "name=\"username\"");
        assertThat(page).doesNotContain("sidebar");
    }

    @Test
    void loginOpensASessionAndTheStartPageIsTheDashboard() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        MvcResult login = formLogin(user.username(), user.password());
        assertThat(redirect(login)).isEqualTo("/");
        MockHttpSession session = session(login);

        MvcResult start = mvc.perform(get("/").session(session)).andReturn();
        assertThat(start.getResponse().getStatus()).isEqualTo(200);
        assertThat(start.getResponse().getContentAsString()).contains("id=\"dashboard\"");
        String account = mvc.perform(get("/account").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(account).contains(user.username(), "Viewer", "name=\"_csrf\"");
        assertThat(users.record(user).lastLoginAt()).isNotNull();
        assertThat(users.record(user).lastLoginIp()).isEqualTo("127.0.0.1");
    }

    @Test
    void usernamesAreCaseInsensitive() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        assertThat(redirect(formLogin(user.username().toUpperCase(), user.password())))
                .isEqualTo("/");
    }

    @Test
    void wrongPasswordAndUnknownUserGiveTheSameMessage() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        String wrongPassword = redirect(formLogin(user.username(), "not-the-password"));
        String unknownUser = redirect(formLogin("nobody_" + System.nanoTime(), "not-the-password"));
        assertThat(wrongPassword).isEqualTo("/login?error").isEqualTo(unknownUser);

        String page = mvc.perform(get("/login?error")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Invalid username or password.");
    }

    @Test
    void loginWithoutCsrfTokenIsRefused() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        MvcResult result = mvc.perform(
                        post("/login").param("username", user.username()).param("password", user.password()))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aMegabyteUsernameOrPasswordIsAPlainLoginError() throws Exception {
        String huge = "a".repeat(1024 * 1024);
        assertThat(redirect(formLogin(huge, "whatever-password"))).isEqualTo("/login?error");
        assertThat(redirect(formLogin("someone", huge))).isEqualTo("/login?error");
    }

    @Test
    void fiveFailuresLockTheAccountEvenForTheRightPasswordUntilAnAdminUnlocks() throws Exception {
        TestUser user = users.create(Role.OPERATOR);
        for (int i = 0; i < 4; i++) {
            assertThat(redirect(formLogin(user.username(), "wrong-password-" + i)))
                    .isEqualTo("/login?error");
        }
        assertThat(redirect(formLogin(user.username(), "wrong-password-5"))).isEqualTo("/login?locked");
        assertThat(redirect(formLogin(user.username(), user.password()))).isEqualTo("/login?locked");
        assertThat(mvc.perform(get("/login?locked")).andReturn().getResponse().getContentAsString())
                .contains("This account is locked");

        TestUser admin = users.create(Role.ADMIN);
        MvcResult unlock = mvc.perform(post("/users/" + user.id() + "/unlock")
                        .with(users.session(admin))
                        .with(csrf()))
                .andReturn();
        assertThat(redirect(unlock)).isEqualTo("/users/" + user.id());
        assertThat(redirect(formLogin(user.username(), user.password()))).isEqualTo("/");
    }

    @Test
    void suspendedUserCannotLogInAndHisSessionEnds() throws Exception {
        TestUser user = users.create(Role.OPERATOR);
        MockHttpSession session = session(formLogin(user.username(), user.password()));
        assertThat(mvc.perform(get("/account").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        users.suspend(user);

        assertThat(redirect(mvc.perform(get("/account").session(session)).andReturn()))
                .isEqualTo("/login?expired");
        assertThat(redirect(formLogin(user.username(), "wrong-password"))).isEqualTo("/login?error");
        assertThat(redirect(formLogin(user.username(), user.password()))).isEqualTo("/login?suspended");
    }

    @Test
    void aChangedRoleAppliesToTheOpenSession() throws Exception {
        TestUser user = users.create(Role.ADMIN);
        MockHttpSession session = session(formLogin(user.username(), user.password()));
        assertThat(mvc.perform(get("/users").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        TestUser head = users.create(Role.HEAD_ADMIN);
        mvc.perform(post("/users/" + user.id() + "/edit")
                .with(users.session(head))
                .with(csrf())
                .param("email", user.username() + "@test.local")
                .param("fullName", "Demoted")
                .param("role", "VIEWER")
                .param("status", "ACTIVE"));

        assertThat(mvc.perform(get("/users").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
    }

    @Test
    void forcedPasswordChangeKeepsTheUserOnThePasswordPage() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        TestUser user = users.create(Role.VIEWER);
        mvc.perform(post("/users/" + user.id() + "/edit")
                .with(users.session(head))
                .with(csrf())
                .param("email", user.username() + "@test.local")
                .param("fullName", "Reset")
                .param("password", "Reset-By-Admin-1")
                .param("passwordChangeRequired", "true"));

        MvcResult login = formLogin(user.username(), "Reset-By-Admin-1");
        assertThat(redirect(login)).isEqualTo("/account/password");
        MockHttpSession session = session(login);
        assertThat(redirect(mvc.perform(get("/account").session(session)).andReturn()))
                .isEqualTo("/account/password");
        assertThat(mvc.perform(get("/nocs/switcher").session(session).header("HX-Request", "true"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);

        MvcResult mismatch = mvc.perform(post("/account/password")
                        .session(session)
                        .with(csrf())
                        .param("currentPassword", "Reset-By-Admin-1")
                        .param("newPassword", "short")
                        .param("confirmPassword", "other"))
                .andReturn();
        assertThat(mismatch.getResponse().getContentAsString()).contains("field-error", "at least 10 characters");

        mvc.perform(post("/account/password")
                .session(session)
                .with(csrf())
                .param("currentPassword", "Reset-By-Admin-1")
                .param("newPassword", TestUsers.PASSWORD + "-new")
                .param("confirmPassword", TestUsers.PASSWORD + "-new"));
        assertThat(mvc.perform(get("/account").session(session))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        MockHttpSession session = session(formLogin(user.username(), user.password()));
        MvcResult logout =
                mvc.perform(post("/logout").session(session).with(csrf())).andReturn();
        assertThat(redirect(logout)).isEqualTo("/login?logout");
        assertThat(redirect(mvc.perform(get("/account").session(session)).andReturn()))
                .endsWith("/login");
    }
}
