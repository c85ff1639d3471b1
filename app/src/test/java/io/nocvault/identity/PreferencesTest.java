package io.nocvault.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.nocvault.identity.internal.CurrentUserView;
import io.nocvault.test.TestUser;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** Theme, compact mode and hidden sidebar are kept per user and shape the layout. */
class PreferencesTest extends IdentityIntegrationTest {

    @Test
    void preferencesArePersistedAndAppliedByTheLayout() throws Exception {
        TestUser user = users.create(Role.OPERATOR);
        String before = account(user);
        assertThat(before).contains("data-theme=\"light\"").doesNotContain("class=\"compact");

        MvcResult saved = mvc.perform(post("/account/preferences")
                        .with(users.session(user))
                        .with(csrf())
                        .param("theme", "dark")
                        .param("compact", "true")
                        .param("sidebarHidden", "true"))
                .andReturn();
        assertThat(redirect(saved)).isEqualTo("/account");

        var preferences = users.record(user).preferences();
        assertThat(preferences.theme()).isEqualTo("dark");
        assertThat(preferences.compact()).isTrue();
        assertThat(preferences.sidebarHidden()).isTrue();
        String after = account(user);
        assertThat(after).contains("data-theme=\"dark\"", "compact", "sidebar-hidden");
    }

    @Test
    void theSidebarToggleIsRemembered() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        assertThat(status(post("/account/preferences/sidebar")
                        .with(users.session(user))
                        .with(csrf())
                        .param("hidden", "true")))
                .isEqualTo(204);
        assertThat(users.record(user).preferences().sidebarHidden()).isTrue();
        assertThat(status(post("/account/preferences/sidebar")
                        .with(users.session(user))
                        .param("hidden", "false")))
                .as("without CSRF token")
                .isEqualTo(403);
    }

    @Test
    void unknownThemesFallBackToLight() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        mvc.perform(post("/account/preferences")
                .with(users.session(user))
                .with(csrf())
                .param("theme", "<script>"));
        assertThat(users.record(user).preferences().theme()).isEqualTo("light");
    }

    @Test
    void theLayoutGetsTheCurrentUser() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        MvcResult result =
                mvc.perform(get("/account").with(users.session(head))).andReturn();
        CurrentUserView view =
                (CurrentUserView) result.getModelAndView().getModel().get("currentUser");
        assertThat(view.username()).isEqualTo(head.username());
        assertThat(view.roleLabel()).isEqualTo("Head admin");
        assertThat(view.admin()).isTrue();
        assertThat(view.headAdmin()).isTrue();
        assertThat(result.getResponse().getContentAsString()).contains("href=\"/users\"", "Head admin");

        TestUser viewer = users.create(Role.VIEWER);
        String page = account(viewer);
        assertThat(page).doesNotContain("href=\"/users\"");
    }

    private String account(TestUser user) throws Exception {
        return mvc.perform(get("/account").with(users.session(user)))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
