package io.nocvault.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import io.nocvault.test.NocVaultTest;
import io.nocvault.test.TestUsers;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application behind MockMvc (security filters included), with helpers to log in like clients do. */
@NocVaultTest
@AutoConfigureMockMvc
public abstract class IdentityIntegrationTest {

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JsonMapper json;

    @Autowired
    protected ApplicationContext context;

    protected TestUsers users;

    @BeforeEach
    void testUsers() {
        users = new TestUsers(context);
    }

    /** {@code POST /api/v1/auth/login}, whatever the answer. */
    protected MvcResult apiLogin(String username, String password) throws Exception {
        return mvc.perform(post("/api/v1/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(write(Map.of("username", username, "password", password))))
                .andReturn();
    }

    /** A JWT from a successful API login, as {@code "Bearer <jwt>"}. */
    protected String bearerFor(String username, String password) throws Exception {
        MvcResult result = apiLogin(username, password);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return "Bearer " + body(result).get("access_token").asString();
    }

    /** Submits the login form; answers the result (a redirect) whose session is logged in on success. */
    protected MvcResult formLogin(String username, String password) throws Exception {
        return mvc.perform(post("/login")
                        .param("username", username)
                        .param("password", password)
                        .with(csrf()))
                .andReturn();
    }

    protected int status(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    protected static MockHttpSession session(MvcResult result) {
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    protected MockHttpServletRequestBuilder withJson(MockHttpServletRequestBuilder request, Object body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(write(body));
    }

    protected String write(Object value) {
        return json.writeValueAsString(value);
    }

    protected JsonNode body(MvcResult result) throws Exception {
        return json.readTree(result.getResponse().getContentAsString());
    }

    protected static String redirect(MvcResult result) {
        return result.getResponse().getRedirectedUrl();
    }
}
