package io.nocvault.notify;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.notify.internal.ChannelDetails;
import io.nocvault.notify.internal.RecipientDetails;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The recipients, channels and deliveries pages: rendering, forms with errors, "Send test", roles and scope. */
@NotifyTest
class NotifyPagesTest {

    static final String SECRET = "Page-Secret-" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    AuthenticatedUser head;
    AuthenticatedUser adminA;
    AuthenticatedUser viewerA;
    long nocA;
    long nocB;
    TestEndpoint endpoint;

    @BeforeEach
    void setUp() {
        TestPrincipals users = new TestPrincipals(jdbc);
        TestNocs nocs = new TestNocs(jdbc);
        nocA = nocs.create("PA");
        nocB = nocs.create("PB");
        head = users.create(Role.HEAD_ADMIN);
        adminA = users.create(Role.ADMIN);
        viewerA = users.create(Role.VIEWER);
        nocs.grant(adminA.id(), nocA);
        nocs.grant(viewerA.id(), nocA);
        endpoint = TestEndpoint.start();
    }

    @AfterEach
    void tearDown() {
        endpoint.close();
    }

    @Test
    void anAdminCreatesARecipientWithTheFormAndSeesFieldErrors() throws Exception {
        String name = NotifyFixture.unique("Form person");
        String bad = html(form(post("/recipients"), adminA, name)
                .param("phone", "082 123 4567")
                .param("email", "nope@"));
        assertThat(bad).contains("has-error", "international form", "Enter a valid e-mail address", name);

        mvc.perform(form(post("/recipients"), adminA, name).param("phone", "+27 82 555 0101"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/recipients"));
        assertThat(html(get("/recipients").param("q", name), viewerA))
                .contains(name, "+27825550101", "device, backup, config changes")
                .doesNotContain("New recipient");
        assertThat(html(get("/recipients/new"), adminA)).contains("Create recipient", "Device alerts");
    }

    @Test
    void recipientPagesAnswer404ForOtherNocsAnd403ForViewers() throws Exception {
        NotifyFixture fixture = new NotifyFixture(context);
        fixture.isolate();
        RecipientDetails inB = fixture.recipient("+27825550102", null, nocB);
        mvc.perform(get("/recipients/" + inB.id() + "/edit").with(as(adminA))).andExpect(status().isNotFound());
        mvc.perform(get("/recipients/new").with(as(viewerA))).andExpect(status().isForbidden());
        assertThat(html(get("/recipients/" + inB.id() + "/edit"), head)).contains("+27825550102");
        mvc.perform(post("/recipients/" + inB.id() + "/delete").with(as(head)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(fixture.recipients
                        .list(null, io.nocvault.common.Paging.of(1000, 0L))
                        .getContent())
                .noneMatch(r -> r.id() == inB.id());
    }

    @Test
    void anAdminCreatesAChannelSendsATestAndNeverSeesTheSecret() throws Exception {
        String name = NotifyFixture.unique("Page hook");
        mvc.perform(post("/notification-channels")
                        .with(as(adminA))
                        .with(csrf())
                        .param("name", name)
                        .param("type", "WEBHOOK")
                        .param("enabled", "true")
                        .param("url", endpoint.url("/hook"))
                        .param("secret", SECRET))
                .andExpect(status().is3xxRedirection());
        String list = html(get("/notification-channels"), adminA);
        assertThat(list).contains(name, "Send test").doesNotContain(SECRET);
        ChannelDetails channel = context.getBean(io.nocvault.notify.internal.ChannelService.class).list().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(html(get("/notification-channels/" + channel.id() + "/edit"), adminA))
                .contains(name, "Signing secret")
                .doesNotContain(SECRET);

        String result = mvc.perform(post("/notification-channels/" + channel.id() + "/test")
                        .with(as(adminA))
                        .with(csrf())
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(result).contains("sent", "200").doesNotContain("<html");
        assertThat(endpoint.next(Duration.ofSeconds(5)).headers()).containsKey("x-nocvault-signature");
    }

    @Test
    void channelFormShowsErrorsWithoutTheSecret() throws Exception {
        String page = html(
                post("/notification-channels")
                        .with(csrf())
                        .param("name", "")
                        .param("type", "EMAIL")
                        .param("smtpPort", "nope")
                        .param("secret", SECRET),
                adminA);
        assertThat(page)
                .contains("Enter a name", "Enter a port between 1 and 65535", "SMTP server")
                .doesNotContain(SECRET);
        assertThat(html(get("/notification-channels/new").param("type", "EMAIL"), adminA))
                .contains("SMTP server", "From address");
    }

    @Test
    void channelsAndDeliveriesAreForAdmins() throws Exception {
        mvc.perform(get("/notification-channels").with(as(viewerA))).andExpect(status().isForbidden());
        mvc.perform(get("/deliveries").with(as(viewerA))).andExpect(status().isForbidden());
        assertThat(html(get("/deliveries").param("status", "SENT"), adminA)).contains("Deliveries", "Status");
        assertThat(html(get("/recipients"), viewerA)).contains("Recipients").doesNotContain("Notification channels");
        assertThat(html(get("/recipients"), adminA)).contains("Notification channels", "Deliveries");
    }

    private String html(MockHttpServletRequestBuilder request, AuthenticatedUser user) throws Exception {
        return html(request.with(as(user)));
    }

    private String html(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, AuthenticatedUser user, String name) {
        return request.with(as(user))
                .with(csrf())
                .param("name", name)
                .param("nocIds", String.valueOf(nocA))
                .param("deviceAlerts", "true")
                .param("backupAlerts", "true")
                .param("configAlerts", "true")
                .param("enabled", "true");
    }
}
