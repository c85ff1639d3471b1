package io.nocvault.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import io.nocvault.test.TestUser;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/users}: the role matrix, validation, paging, and what a user looks like in JSON. */
class UserManagementApiTest extends IdentityIntegrationTest {

    @Test
    void whoMayCreateWhom() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        TestUser admin = users.create(Role.ADMIN);
        TestUser operator = users.create(Role.OPERATOR);
        for (Role role : Role.values()) {
            assertThat(create(head, role)).as("head admin creates %s", role).isEqualTo(201);
            boolean staff = role == Role.OPERATOR || role == Role.VIEWER;
            assertThat(create(admin, role)).as("admin creates %s", role).isEqualTo(staff ? 201 : 403);
            assertThat(create(operator, role)).as("operator creates %s", role).isEqualTo(403);
        }
    }

    @Test
    void whoMayChangeDeleteAndUnlockWhom() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        TestUser admin = users.create(Role.ADMIN);
        TestUser operator = users.create(Role.OPERATOR);
        TestUser otherAdmin = users.create(Role.ADMIN);
        TestUser viewer = users.create(Role.VIEWER);

        assertThat(update(admin, viewer, Map.of("fullName", "Renamed by admin")))
                .isEqualTo(200);
        assertThat(update(admin, viewer, Map.of("role", "OPERATOR"))).isEqualTo(403);
        assertThat(update(admin, viewer, Map.of("status", "SUSPENDED"))).isEqualTo(403);
        assertThat(update(admin, otherAdmin, Map.of("fullName", "Nope"))).isEqualTo(403);
        assertThat(update(operator, viewer, Map.of("fullName", "Nope"))).isEqualTo(403);
        assertThat(update(head, viewer, Map.of("role", "OPERATOR"))).isEqualTo(200);
        assertThat(update(head, otherAdmin, Map.of("status", "SUSPENDED"))).isEqualTo(200);

        assertThat(status(
                        post("/api/v1/users/" + viewer.id() + "/unlock").header("Authorization", users.bearer(admin))))
                .isEqualTo(200);
        assertThat(status(post("/api/v1/users/" + otherAdmin.id() + "/unlock")
                        .header("Authorization", users.bearer(admin))))
                .isEqualTo(403);

        assertThat(remove(operator, viewer)).isEqualTo(403);
        assertThat(remove(admin, otherAdmin)).isEqualTo(403);
        assertThat(remove(admin, head)).isEqualTo(403);
        assertThat(remove(head, head)).isEqualTo(403);
        assertThat(remove(head, users.create(Role.HEAD_ADMIN))).isEqualTo(403);
        assertThat(remove(admin, viewer)).isEqualTo(204);
        assertThat(remove(head, otherAdmin)).isEqualTo(204);
        assertThat(status(get("/api/v1/users/" + otherAdmin.id()).header("Authorization", users.bearer(head))))
                .isEqualTo(404);
    }

    @Test
    void operatorsAndViewersCannotEvenListUsers() throws Exception {
        for (Role role : new Role[] {Role.OPERATOR, Role.VIEWER}) {
            MvcResult result = mvc.perform(
                            get("/api/v1/users").header("Authorization", users.bearer(users.create(role))))
                    .andReturn();
            assertThat(result.getResponse().getStatus()).isEqualTo(403);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void aUserInJsonHasLoginDataButNeverItsHash() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        String username = "json_" + UUID.randomUUID().toString().substring(0, 8);
        MvcResult created = mvc.perform(withJson(
                        post("/api/v1/users").header("Authorization", users.bearer(head)),
                        Map.of(
                                "username", username,
                                "email", username + "@example.com",
                                "fullName", "<script>alert(1)</script>",
                                "role", "OPERATOR",
                                "password", "Created-Via-Api-1")))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode user = body(created);
        assertThat(user.get("fullName").asString()).isEqualTo("<script>alert(1)</script>");
        assertThat(user.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(user.get("locked").asBoolean()).isFalse();
        assertThat(user.get("failedAttempts").asInt()).isZero();
        assertThat(user.has("createdAt")).isTrue();
        assertThat(user.has("lastLoginAt")).isTrue();
        assertThat(user.has("lastLoginIp")).isTrue();
        assertThat(created.getResponse().getContentAsString()).doesNotContain("Created-Via-Api-1", "$2a$", "hash");

        bearerFor(username, "Created-Via-Api-1");
        JsonNode after = body(
                mvc.perform(get("/api/v1/users/" + user.get("id").asLong()).header("Authorization", users.bearer(head)))
                        .andReturn());
        assertThat(after.get("lastLoginIp").asString()).isEqualTo("127.0.0.1");
    }

    @Test
    void validationErrorsListEveryField() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        Map<String, Object> body = new HashMap<>();
        body.put("username", "a".repeat(1024 * 1024));
        body.put("email", "not-an-email");
        body.put("fullName", "");
        body.put("password", "short");
        MvcResult result = mvc.perform(
                        withJson(post("/api/v1/users").header("Authorization", users.bearer(head)), body))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(result).get("errors").findValuesAsString("field"))
                .contains("username", "email", "fullName", "role", "password");
        assertThat(result.getResponse().getContentAsString()).doesNotContain("aaaaaaaaaa");
    }

    @Test
    void duplicateUsernamesAndBadUsernamesAreRefused() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        TestUser existing = users.create(Role.VIEWER);
        MvcResult duplicate = mvc.perform(withJson(
                        post("/api/v1/users").header("Authorization", users.bearer(head)),
                        newUser(existing.username().toUpperCase(), "VIEWER")))
                .andReturn();
        assertThat(duplicate.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(duplicate).get("errors").get(0).get("field").asString()).isEqualTo("username");

        MvcResult injection = mvc.perform(withJson(
                        post("/api/v1/users").header("Authorization", users.bearer(head)),
                        newUser("x' or '1'='1", "VIEWER")))
                .andReturn();
        assertThat(injection.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(injection).get("errors").get(0).get("field").asString()).isEqualTo("username");

        assertThat(status(withJson(
                        post("/api/v1/users").header("Authorization", users.bearer(head)),
                        newUser("someone_" + System.nanoTime(), "EMPEROR"))))
                .isEqualTo(400);
    }

    @Test
    void theListPagesAndFilters() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        String prefix = "pg" + UUID.randomUUID().toString().substring(0, 6);
        for (int i = 0; i < 3; i++) {
            users.create(Role.VIEWER, prefix + i);
        }
        JsonNode page = body(mvc.perform(get("/api/v1/users")
                        .param("q", prefix)
                        .param("limit", "2")
                        .header("Authorization", users.bearer(head)))
                .andReturn());
        assertThat(page.get("count").asLong()).isEqualTo(3);
        assertThat(page.get("results").size()).isEqualTo(2);
        assertThat(page.get("next").asString()).contains("offset=2");
        assertThat(page.get("previous").isNull()).isTrue();

        JsonNode operators = body(mvc.perform(get("/api/v1/users")
                        .param("q", prefix)
                        .param("role", "operator")
                        .header("Authorization", users.bearer(head)))
                .andReturn());
        assertThat(operators.get("count").asLong()).isZero();
    }

    @Test
    void patchChangesOnlyWhatIsGiven() throws Exception {
        TestUser head = users.create(Role.HEAD_ADMIN);
        TestUser viewer = users.create(Role.VIEWER);
        JsonNode patched = body(mvc.perform(withJson(
                        patch("/api/v1/users/" + viewer.id()).header("Authorization", users.bearer(head)),
                        Map.of("email", "patched@example.com")))
                .andReturn());
        assertThat(patched.get("email").asString()).isEqualTo("patched@example.com");
        assertThat(patched.get("fullName").asString()).isEqualTo("Test viewer");
        assertThat(patched.get("role").asString()).isEqualTo("VIEWER");
    }

    private int create(TestUser actor, Role role) throws Exception {
        return status(withJson(
                post("/api/v1/users").header("Authorization", users.bearer(actor)),
                newUser("m_" + UUID.randomUUID().toString().substring(0, 8), role.name())));
    }

    private int update(TestUser actor, TestUser target, Map<String, Object> changes) throws Exception {
        return status(
                withJson(put("/api/v1/users/" + target.id()).header("Authorization", users.bearer(actor)), changes));
    }

    private int remove(TestUser actor, TestUser target) throws Exception {
        return status(delete("/api/v1/users/" + target.id()).header("Authorization", users.bearer(actor)));
    }

    private static Map<String, Object> newUser(String username, String role) {
        return Map.of(
                "username", username,
                "email", "new@example.com",
                "fullName", "New User",
                "role", role,
                "password", "Initial-Pass-123");
    }
}
