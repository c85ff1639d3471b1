package io.nocvault.notify;

import static io.nocvault.test.TestPrincipals.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.nocvault.identity.AuthenticatedUser;
import io.nocvault.identity.Role;
import io.nocvault.test.TestNocs;
import io.nocvault.test.TestPrincipals;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** {@code /api/v1/notification-channels} and {@code /api/v1/notification-deliveries}: secrets, tests, roles. */
@NotifyTest
@RecordApplicationEvents
class ChannelApiTest {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String SECRET = "Channel-Secret-" + UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    AuthenticatedUser admin;
    AuthenticatedUser operator;
    TestEndpoint endpoint;

    @BeforeEach
    void setUp() {
        TestPrincipals users = new TestPrincipals(jdbc);
        admin = users.create(Role.ADMIN);
        operator = users.create(Role.OPERATOR);
        endpoint = TestEndpoint.start();
    }

    @AfterEach
    void tearDown() {
        endpoint.close();
    }

    @Test
    void secretsAreWriteOnlyAndSealed() throws Exception {
        Map<String, Object> body = channel("WEBHOOK");
        body.put("url", endpoint.url("/hook"));
        body.put("secret", SECRET);
        ResultActions created = send(post("/api/v1/notification-channels"), body)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.hasSecret").value(true));
        long id = RecipientApiTest.id(created);
        assertThat(created.andReturn().getResponse().getContentAsString()).doesNotContain(SECRET);
        assertThat(text(get("/api/v1/notification-channels/" + id))).doesNotContain(SECRET);
        assertThat(text(get("/api/v1/notification-channels").param("limit", "1000")))
                .doesNotContain(SECRET);
        String sealed = jdbc.sql("select secret_sealed from notify_channels where id = :id")
                .param("id", id)
                .query(String.class)
                .single();
        assertThat(sealed).isNotBlank().doesNotContain(SECRET);

        body.remove("secret");
        body.put("enabled", false);
        send(put("/api/v1/notification-channels/" + id), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasSecret").value(true))
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(delete("/api/v1/notification-channels/" + id).with(as(admin)))
                .andExpect(status().isNoContent());
        assertThat(events.stream(NotificationChannelChanged.class).filter(e -> e.channelId() == id))
                .extracting(NotificationChannelChanged::action)
                .containsExactly(
                        "notification-channel.created", "notification-channel.updated", "notification-channel.deleted");
    }

    @Test
    void aWhatsAppChannelGetsTheDefaultTemplateAndItsPasswordCanBeCleared() throws Exception {
        Map<String, Object> body = channel("WHATSAPP");
        body.put("url", endpoint.url("/send"));
        body.put("username", "api");
        body.put("secret", SECRET);
        long id = RecipientApiTest.id(send(post("/api/v1/notification-channels"), body)
                .andExpect(status().isCreated())
                .andExpect(
                        jsonPath("$.bodyTemplate").value("{\"phone\": \"{{phone}}\", \"message\": \"{{message}}\"}")));
        body.remove("secret");
        body.put("clearSecret", true);
        send(put("/api/v1/notification-channels/" + id), body)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hasSecret").value(false));
    }

    @Test
    void invalidChannelsAre400AndDuplicateNames409() throws Exception {
        expectFieldError(channel("WEBHOOK"), "url");
        Map<String, Object> shortSecret = channel("WEBHOOK");
        shortSecret.put("url", "https://hooks.example/x");
        shortSecret.put("secret", "short");
        expectFieldError(shortSecret, "secret");
        expectFieldError(channel("EMAIL"), "smtpHost");
        expectFieldError(channel("EMAIL"), "fromAddress");
        Map<String, Object> ftp = channel("WHATSAPP");
        ftp.put("url", "ftp://wa.example/send");
        expectFieldError(ftp, "url");
        Map<String, Object> template = channel("WHATSAPP");
        template.put("url", "https://wa.example/send");
        template.put("bodyTemplate", "{\"to\": \"{{phone}}\"}");
        expectFieldError(template, "bodyTemplate");
        expectFieldError(channel("SMS"), "type");

        Map<String, Object> mail = channel("EMAIL");
        mail.put("smtpHost", "smtp.example.com");
        mail.put("fromAddress", "nocvault@example.com");
        send(post("/api/v1/notification-channels"), mail)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.smtpPort").value(587))
                .andExpect(jsonPath("$.tlsMode").value("STARTTLS"));
        send(post("/api/v1/notification-channels"), mail).andExpect(status().isConflict());
    }

    @Test
    void sendTestReportsTheChannelsAnswer() throws Exception {
        Map<String, Object> body = channel("WHATSAPP");
        body.put("url", endpoint.url("/send"));
        long id = RecipientApiTest.id(send(post("/api/v1/notification-channels"), body));

        send(post("/api/v1/notification-channels/" + id + "/test"), Map.of("to", "+27821234567"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(true))
                .andExpect(jsonPath("$.status").value(200))
                .andExpect(jsonPath("$.excerpt").value("{\"status\":\"queued\"}"));
        assertThat(endpoint.next(Duration.ofSeconds(5)).body()).contains("+27821234567", "Test message from NocVault");

        endpoint.respond(500);
        send(post("/api/v1/notification-channels/" + id + "/test"), Map.of("to", "+27821234567"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.ok").value(false))
                .andExpect(jsonPath("$.status").value(500));
        send(post("/api/v1/notification-channels/" + id + "/test"), Map.of("to", "12"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        assertThat(events.stream(NotificationChannelChanged.class).filter(e -> e.channelId() == id))
                .filteredOn(e -> e.action().equals("notification-channel.tested"))
                .extracting(NotificationChannelChanged::success)
                .containsExactly(true, false);
    }

    @Test
    void onlyAdminsManageChannelsAndReadDeliveries() throws Exception {
        mvc.perform(get("/api/v1/notification-channels").with(as(operator))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notification-deliveries").with(as(operator))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/notification-channels/999999").with(as(admin))).andExpect(status().isNotFound());
    }

    @Test
    void theDeliveryLogIsPagedAndScopedToTheAdminsNocs() throws Exception {
        TestNocs nocs = new TestNocs(jdbc);
        long mine = nocs.create("Mine");
        long other = nocs.create("Other");
        nocs.grant(admin.id(), mine);
        long visible = delivery(mine, "Visible " + UUID.randomUUID());
        long hidden = delivery(other, "Hidden " + UUID.randomUUID());

        mvc.perform(get("/api/v1/notification-deliveries")
                        .param("limit", "1000")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results[*].id").value(hasItem((int) visible)))
                .andExpect(jsonPath("$.results[?(@.id == " + hidden + ")]").isEmpty());
        mvc.perform(get("/api/v1/notification-deliveries/" + hidden).with(as(admin)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notification-deliveries/" + visible).with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SENT"));
        mvc.perform(get("/api/v1/notification-deliveries")
                        .param("status", "SENT")
                        .param("limit", "1")
                        .with(as(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.results.length()").value(1));
        mvc.perform(get("/api/v1/notification-deliveries")
                        .param("status", "LOST")
                        .with(as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("status"));
    }

    long delivery(long nocId, String subject) {
        jdbc.sql("insert into notify_deliveries (created_at, updated_at, category, noc_id, subject, message,"
                        + " alert_count, channel_name, channel_type, status, attempts) values (:now, :now, 'BACKUP',"
                        + " :noc, :subject, 'text', 1, 'ch', 'EMAIL', 'SENT', 1)")
                .param("now", OffsetDateTime.now())
                .param("noc", nocId)
                .param("subject", subject)
                .update();
        return jdbc.sql("select id from notify_deliveries where subject = :s")
                .param("s", subject)
                .query(Long.class)
                .single();
    }

    private void expectFieldError(Map<String, Object> body, String field) throws Exception {
        send(post("/api/v1/notification-channels"), body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field").value(hasItem(field)));
    }

    private String text(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private ResultActions send(MockHttpServletRequestBuilder request, Map<String, Object> body) throws Exception {
        return mvc.perform(
                request.with(as(admin)).contentType(MediaType.APPLICATION_JSON).content(JSON.writeValueAsString(body)));
    }

    static Map<String, Object> channel(String type) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", NotifyFixture.unique(type));
        body.put("type", type);
        return body;
    }
}
