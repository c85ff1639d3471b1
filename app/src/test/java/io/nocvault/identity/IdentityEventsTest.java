package io.nocvault.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.nocvault.common.AuditableEvent;
import io.nocvault.test.TestUser;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Every identity action is an {@link AuditableEvent} with its origin, and no event carries a secret. */
@RecordApplicationEvents
class IdentityEventsTest extends IdentityIntegrationTest {

    @Autowired
    ApplicationEvents events;

    @Test
    void loginsFailuresLocksAndLogoutsArePublished() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        formLogin(user.username(), user.password());
        for (int i = 0; i < 5; i++) {
            formLogin(user.username(), "wrong-secret-" + i);
        }
        String bearer = users.bearer(user);
        mvc.perform(post("/api/v1/auth/logout").header("Authorization", bearer));

        assertThat(events.stream(UserLoggedIn.class)).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo(user.username());
            assertThat(e.origin().actor()).isEqualTo(user.username());
            assertThat(e.origin().ip()).isEqualTo("127.0.0.1");
            assertThat(e.channel()).isEqualTo("ui");
        });
        assertThat(events.stream(UserLoginFailed.class).map(UserLoginFailed::reason))
                .containsOnly(LoginFailureReason.BAD_PASSWORD)
                .hasSize(5);
        assertThat(events.stream(UserLocked.class))
                .singleElement()
                .satisfies(e -> assertThat(e.userId()).isEqualTo(user.id()));
        assertThat(events.stream(UserLoggedOut.class))
                .singleElement()
                .satisfies(e -> assertThat(e.channel()).isEqualTo("api"));
        assertNoSecrets("wrong-secret-", user.password());
    }

    @Test
    void userManagementIsPublished() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        events.clear();
        String username = "ev_" + UUID.randomUUID().toString().substring(0, 8);
        long id = body(mvc.perform(withJson(
                                post("/api/v1/users").header("Authorization", users.bearer(head)),
                                Map.of(
                                        "username", username,
                                        "email", username + "@example.com",
                                        "fullName", "Event User",
                                        "role", "VIEWER",
                                        "password", "Event-Secret-Pass-1")))
                        .andReturn())
                .get("id")
                .asLong();
        mvc.perform(withJson(
                put("/api/v1/users/" + id).header("Authorization", users.bearer(head)),
                Map.of("role", "OPERATOR", "email", "other@example.com", "password", "Event-Secret-Pass-2")));
        mvc.perform(post("/api/v1/users/" + id + "/unlock").header("Authorization", users.bearer(head)));
        mvc.perform(delete("/api/v1/users/" + id).header("Authorization", users.bearer(head)));

        assertThat(events.stream(UserCreated.class)).singleElement().satisfies(e -> {
            assertThat(e.username()).isEqualTo(username);
            assertThat(e.origin().actor()).isEqualTo(head.username());
        });
        assertThat(events.stream(UserUpdated.class))
                .singleElement()
                .satisfies(e ->
                        assertThat(e.changes()).containsExactly("email", "role: VIEWER → OPERATOR", "password set"));
        assertThat(events.stream(PasswordChanged.class))
                .singleElement()
                .satisfies(e -> assertThat(e.byAdministrator()).isTrue());
        assertThat(events.stream(UserUnlocked.class)).hasSize(1);
        assertThat(events.stream(UserDeleted.class))
                .singleElement()
                .satisfies(e -> assertThat(e.userId()).isEqualTo(id));
        assertNoSecrets("Event-Secret-Pass");
    }

    @Test
    void passwordChangesAndTokensArePublished() throws Exception {
        TestUser user = users.create(Role.OPERATOR);
        events.clear();
        mvc.perform(post("/account/password")
                .with(users.session(user))
                .with(csrf())
                .param("currentPassword", user.password())
                .param("newPassword", "Changed-Secret-Pass-1")
                .param("confirmPassword", "Changed-Secret-Pass-1"));
        var created = body(mvc.perform(withJson(
                        post("/api/v1/auth/tokens").header("Authorization", users.bearer(user)), Map.of("name", "ci")))
                .andReturn());
        mvc.perform(delete("/api/v1/auth/tokens/" + created.get("id").asLong())
                .header("Authorization", users.bearer(user)));

        assertThat(events.stream(PasswordChanged.class))
                .singleElement()
                .satisfies(e -> assertThat(e.byAdministrator()).isFalse());
        assertThat(events.stream(ApiTokenCreated.class))
                .singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo("ci"));
        assertThat(events.stream(ApiTokenRevoked.class)).hasSize(1);
        assertNoSecrets("Changed-Secret-Pass", created.get("token").asString());
    }

    private void assertNoSecrets(String... secrets) {
        List<AuditableEvent> auditable = events.stream(AuditableEvent.class).toList();
        assertThat(auditable).isNotEmpty().allSatisfy(e -> {
            String text = e + " " + e.detail() + " " + e.target();
            for (String secret : secrets) {
                assertThat(text).doesNotContain(secret);
            }
            assertThat(e.action()).startsWith("user.");
        });
    }
}
