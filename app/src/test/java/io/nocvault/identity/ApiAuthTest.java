package io.nocvault.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.nocvault.identity.internal.ApiTokenService;
import io.nocvault.test.TestUser;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** The API side: JWT login, me, logout, personal API tokens, problem details for every refusal. */
class ApiAuthTest extends IdentityIntegrationTest {

    @Test
    void loginAnswersABearerJwtThatAuthenticatesTheUser() throws Exception {
        TestUser user = users.create(Role.OPERATOR);
        JsonNode token = body(apiLogin(user.username(), user.password()));
        assertThat(token.get("token_type").asString()).isEqualTo("bearer");
        assertThat(token.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(token.get("password_change_required").asBoolean()).isFalse();

        JsonNode me = body(mvc.perform(get("/api/v1/auth/me")
                        .header(
                                "Authorization",
                                "Bearer " + token.get("access_token").asString()))
                .andReturn());
        assertThat(me.get("username").asString()).isEqualTo(user.username());
        assertThat(me.get("role").asString()).isEqualTo("OPERATOR");
        assertThat(me.get("authenticatedBy").asString()).isEqualTo("jwt");
    }

    @Test
    void badCredentialsAreAProblemThatDoesNotTellWhichPartWasWrong() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        MvcResult wrongPassword = apiLogin(user.username(), "not-the-password");
        MvcResult unknownUser = apiLogin("nobody_" + System.nanoTime(), "not-the-password");
        for (MvcResult result : new MvcResult[] {wrongPassword, unknownUser}) {
            assertThat(result.getResponse().getStatus()).isEqualTo(401);
            assertThat(result.getResponse().getContentType()).startsWith("application/problem+json");
            assertThat(body(result).get("detail").asString()).isEqualTo("Invalid username or password.");
        }
    }

    @Test
    void anonymousAndInvalidTokensAre401Problems() throws Exception {
        MvcResult anonymous = mvc.perform(get("/api/v1/auth/me")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(401);
        assertThat(anonymous.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(anonymous.getResponse().getHeader("WWW-Authenticate")).startsWith("Bearer");

        MvcResult forged = mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer abc.def.ghi"))
                .andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(401);
        assertThat(body(forged).get("detail").asString()).contains("Invalid or expired");
    }

    @Test
    void malformedJsonAndHugeValuesAre400Problems() throws Exception {
        MvcResult malformed = mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\": \"x\", "))
                .andReturn();
        assertThat(malformed.getResponse().getStatus()).isEqualTo(400);
        assertThat(malformed.getResponse().getContentType()).startsWith("application/problem+json");

        String huge = "a".repeat(1024 * 1024);
        MvcResult hugeName = apiLogin(huge, "whatever-password");
        assertThat(hugeName.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(hugeName).get("errors").get(0).get("field").asString()).isEqualTo("username");
        assertThat(hugeName.getResponse().getContentAsString()).hasSizeLessThan(2000);
        assertThat(apiLogin("someone", huge).getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void logoutRevokesTheJwt() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        String bearer = bearerFor(user.username(), user.password());
        assertThat(status(get("/api/v1/auth/me").header("Authorization", bearer)))
                .isEqualTo(200);

        assertThat(status(post("/api/v1/auth/logout").header("Authorization", bearer)))
                .isEqualTo(204);

        MvcResult after = mvc.perform(get("/api/v1/auth/me").header("Authorization", bearer))
                .andReturn();
        assertThat(after.getResponse().getStatus()).isEqualTo(401);
        assertThat(body(after).get("detail").asString()).contains("revoked");
        assertThat(status(get("/api/v1/auth/me").header("Authorization", bearerFor(user.username(), user.password()))))
                .isEqualTo(200);
    }

    @Test
    void apiTokensAreShownOnceStoredHashedUsableAndRevocable() throws Exception {
        TestUser user = users.create(Role.OPERATOR);
        String bearer = users.bearer(user);
        MvcResult created = mvc.perform(withJson(
                        post("/api/v1/auth/tokens").header("Authorization", bearer),
                        Map.of("name", "backup script", "expiresInDays", 30)))
                .andReturn();
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        JsonNode token = body(created);
        String secret = token.get("token").asString();
        assertThat(secret).startsWith(ApiTokenService.PREFIX).hasSizeGreaterThan(40);
        assertThat(token.get("expiresAt").isNull()).isFalse();

        JsonNode me = body(mvc.perform(get("/api/v1/auth/me").header("Authorization", "Bearer " + secret))
                .andReturn());
        assertThat(me.get("username").asString()).isEqualTo(user.username());
        assertThat(me.get("authenticatedBy").asString()).isEqualTo("api_token");

        MvcResult list = mvc.perform(get("/api/v1/auth/tokens").header("Authorization", bearer))
                .andReturn();
        assertThat(list.getResponse().getContentAsString())
                .doesNotContain(secret)
                .contains("backup script");
        assertThat(body(list).get(0).get("lastUsedAt").isNull()).isFalse();
        assertThat(jdbcCount("select count(*) from identity_api_tokens where token_hash = '" + secret + "'"))
                .isZero();

        long id = token.get("id").asLong();
        assertThat(status(delete("/api/v1/auth/tokens/" + id).header("Authorization", bearer)))
                .isEqualTo(204);
        assertThat(status(get("/api/v1/auth/me").header("Authorization", "Bearer " + secret)))
                .isEqualTo(401);
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() throws Exception {
        TestUser owner = users.create(Role.VIEWER);
        TestUser other = users.create(Role.ADMIN);
        long id = body(mvc.perform(withJson(
                                post("/api/v1/auth/tokens").header("Authorization", users.bearer(owner)),
                                Map.of("name", "mine")))
                        .andReturn())
                .get("id")
                .asLong();
        assertThat(status(delete("/api/v1/auth/tokens/" + id).header("Authorization", users.bearer(other))))
                .isEqualTo(404);
    }

    @Test
    void tokenValidationErrorsNameTheirFields() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        MvcResult result = mvc.perform(withJson(
                        post("/api/v1/auth/tokens").header("Authorization", users.bearer(user)),
                        Map.of("name", "", "expiresInDays", 0)))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(400);
        assertThat(result.getResponse().getContentAsString()).contains("\"name\"", "\"expiresInDays\"");
    }

    @Test
    void suspendedOrDeletedUsersTokensStopWorkingAtOnce() throws Exception {
        TestUser suspended = users.create(Role.OPERATOR);
        String jwt = bearerFor(suspended.username(), suspended.password());
        String apiToken = "Bearer " + createToken(suspended);
        users.suspend(suspended);
        assertThat(status(get("/api/v1/auth/me").header("Authorization", jwt))).isEqualTo(401);
        assertThat(status(get("/api/v1/auth/me").header("Authorization", apiToken)))
                .isEqualTo(401);

        TestUser deleted = users.create(Role.VIEWER);
        String deletedToken = "Bearer " + createToken(deleted);
        TestUser head = users.create(Role.HEAD_ADMIN);
        assertThat(status(delete("/api/v1/users/" + deleted.id()).header("Authorization", users.bearer(head))))
                .isEqualTo(204);
        assertThat(status(get("/api/v1/auth/me").header("Authorization", deletedToken)))
                .isEqualTo(401);
    }

    @Test
    void lockedAccountsAreReportedByTheApiToo() throws Exception {
        TestUser user = users.create(Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            apiLogin(user.username(), "wrong-password-" + i);
        }
        MvcResult locked = apiLogin(user.username(), user.password());
        assertThat(locked.getResponse().getStatus()).isEqualTo(401);
        assertThat(body(locked).get("reason").asString()).isEqualTo("locked");
        JsonNode shown = body(mvc.perform(get("/api/v1/users/" + user.id())
                        .header("Authorization", users.bearer(users.create(Role.ADMIN))))
                .andReturn());
        assertThat(shown.get("locked").asBoolean()).isTrue();
        assertThat(shown.get("failedAttempts").asInt()).isEqualTo(5);
    }

    @Test
    void actuatorHealthIsPublicAndPrometheusTakesAnApiToken() throws Exception {
        assertThat(status(get("/actuator/health"))).isEqualTo(200);
        assertThat(status(get("/actuator/prometheus"))).isEqualTo(401);
        TestUser user = users.create(Role.VIEWER);
        assertThat(status(get("/actuator/prometheus").header("Authorization", "Bearer " + createToken(user))))
                .isEqualTo(200);
    }

    @Test
    void openApiDocumentIsForLoggedInBrowsersAndDeclaresTheBearerScheme() throws Exception {
        assertThat(redirect(mvc.perform(get("/api/docs/openapi.json")).andReturn()))
                .endsWith("/login");
        TestUser user = users.create(Role.VIEWER);
        MvcResult doc = mvc.perform(get("/api/docs/openapi.json").with(users.session(user)))
                .andReturn();
        assertThat(doc.getResponse().getStatus()).isEqualTo(200);
        JsonNode scheme = body(doc).get("components").get("securitySchemes").get("bearer");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(doc.getResponse().getContentAsString()).contains("/api/v1/auth/login", "/api/v1/users");

        assertThat(redirect(mvc.perform(get("/api/docs")).andReturn())).endsWith("/login");
        var browser = session(formLogin(user.username(), user.password()));
        String swagger = redirect(mvc.perform(get("/api/docs").session(browser)).andReturn());
        assertThat(swagger).contains("swagger-ui");
        MvcResult index = mvc.perform(get(swagger).session(browser)).andReturn();
        assertThat(index.getResponse().getStatus()).isEqualTo(200);
    }

    private String createToken(TestUser user) throws Exception {
        return body(mvc.perform(withJson(
                                post("/api/v1/auth/tokens").header("Authorization", users.bearer(user)),
                                Map.of("name", "t")))
                        .andReturn())
                .get("token")
                .asString();
    }

    private long jdbcCount(String sql) {
        return context.getBean(JdbcClient.class).sql(sql).query(Long.class).single();
    }
}
