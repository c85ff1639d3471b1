package io.nocvault.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultTest;
import io.nocvault.test.TestUser;
import io.nocvault.test.TestUsers;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The UI's error page on a real server: 404, 403 and 400 inside the layout for a logged-in user, standalone for
 * anybody else; never an exception name, its message or a stack trace.
 */
@NocVaultTest
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ErrorPageTest {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    TemplateEngine templates;

    TestUsers users;

    @BeforeEach
    void setUp() {
        users = new TestUsers(context);
    }

    @Test
    void notFoundInTheLayout() {
        HttpSession session = loggedIn(Role.ADMIN);
        HttpResponse<String> response = session.get("/nocs/987654321");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page not found", "id=\"error-status\"", "class=\"sidebar\"", "Recent actions")
                .doesNotContainIgnoringCase("exception")
                .doesNotContain("987654321 not found", "Whitelabel");
    }

    @Test
    void forbiddenAndBadRequest() {
        HttpSession viewer = loggedIn(Role.VIEWER);
        HttpResponse<String> forbidden = viewer.get("/users");
        assertThat(forbidden.statusCode()).isEqualTo(403);
        assertThat(forbidden.body())
                .contains("Not allowed", "class=\"sidebar\"")
                .doesNotContainIgnoringCase("exception");

        HttpSession admin = loggedIn(Role.ADMIN);
        HttpResponse<String> bad = admin.get("/users/not-a-number");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Bad request").doesNotContain("not-a-number", "NumberFormat");
    }

    @Test
    void anonymousErrorsAreStandalone() {
        HttpResponse<String> response = new HttpSession(port).get("/css/no-such-file.css");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page not found", "Go to the start page")
                .doesNotContain("class=\"sidebar\"", "Recent actions");
    }

    @Test
    void serverErrorsShowNoDetails() {
        var application = JakartaServletWebApplication.buildApplication(new MockServletContext());
        var model =
                new WebContext(application.buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse()));
        model.setVariables(Map.of(
                "status", 500,
                "error", "Internal Server Error",
                "timestamp", new Date(),
                "message", "jump password hunter2 rejected",
                "exception", "java.lang.IllegalStateException",
                "trace", "java.lang.IllegalStateException: hunter2\n\tat io.nocvault.Secret.leak(Secret.java:1)"));
        String html = templates.process("error", model);
        assertThat(html)
                .contains("Something went wrong", "The error was logged")
                .doesNotContain("hunter2", "IllegalStateException", "Secret.java");
    }

    private HttpSession loggedIn(Role role) {
        TestUser user = users.create(role, "errors");
        HttpSession session = new HttpSession(port);
        assertThat(session.login(user.username(), user.password())).endsWith("/");
        return session;
    }
}
