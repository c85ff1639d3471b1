package io.nocvault.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.common.Origin;
import io.nocvault.notify.internal.ChannelDetails;
import io.nocvault.notify.internal.RecipientDetails;
import io.nocvault.transport.HostKeyChanged;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Alerts over real protocols: SMTP into GreenMail, the WhatsApp API and a webhook on a local HTTP server. */
@NotifyTest
class AlertDeliveryTest extends ProtocolTestSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void anEmailArrivesWithSubjectTextAndAbsoluteLink() throws Exception {
        ChannelDetails channel = fixture.email(mail.getSmtp().getPort());
        RecipientDetails alice = fixture.recipient(null, "alice@test.example", noc);

        alerts.raise(AlertTexts.backupFailed(42, "core-sw-1", noc, 3, "timeout at enable"));

        assertThat(mail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        MimeMessage received = mail.getReceivedMessages()[0];
        assertThat(received.getSubject()).isEqualTo("[NocVault] Backup failed: core-sw-1");
        assertThat(received.getAllRecipients()[0].toString()).isEqualTo("alice@test.example");
        assertThat((String) received.getContent())
                .contains("The backup of core-sw-1 failed after 3 attempts: timeout at enable.")
                .contains("https://nocvault.example/devices/42");
        Map<String, Object> delivery = Eventually.get(() -> fixture.deliveriesTo(alice.id()), l -> sent(l, 1))
                .getFirst();
        assertThat(delivery.get("channel_id")).isEqualTo(channel.id());
        assertThat(delivery.get("answer_status")).isEqualTo(250);
        assertThat(delivery.get("attempts")).isEqualTo(1);
    }

    @Test
    void theWhatsAppApiGetsTheRenderedTemplateWithBasicAuth() throws Exception {
        String password = "wa-pass-" + System.nanoTime();
        fixture.whatsApp(
                endpoint.url("/send"), "wa_user", password, "{\"to\": \"{{phoneDigits}}\", \"text\": \"{{message}}\"}");
        fixture.recipient("+27 82 123 4567", null, noc);

        alerts.raise(AlertTexts.deviceUnreachable(7, "edge \"1\"", noc, "10.0.0.7", "no ping answer"));

        TestEndpoint.Call call = endpoint.next(WAIT);
        assertThat(call.method()).isEqualTo("POST");
        assertThat(call.path()).isEqualTo("/send");
        assertThat(call.headers().get("content-type")).startsWith("application/json");
        String expectedAuth =
                "Basic " + Base64.getEncoder().encodeToString(("wa_user:" + password).getBytes(StandardCharsets.UTF_8));
        assertThat(call.headers().get("authorization")).isEqualTo(expectedAuth);
        JsonNode body = JSON.readTree(call.body());
        assertThat(body.get("to").asString()).isEqualTo("27821234567");
        assertThat(body.get("text").asString())
                .startsWith("Device unreachable: edge \"1\"\n\n")
                .contains("Device edge \"1\" (10.0.0.7) is unreachable: no ping answer.")
                .endsWith("https://nocvault.example/devices/7");
    }

    @Test
    void webhooksAreSignedWithHmacSha256() throws Exception {
        fixture.webhook(endpoint.url("/hook?token=abc"));

        alerts.raise(AlertTexts.quotaWarning(900L << 20, 1L << 30, 80));

        TestEndpoint.Call call = endpoint.next(WAIT);
        String timestamp = call.headers().get("x-nocvault-timestamp");
        assertThat(Long.parseLong(timestamp))
                .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(NotifyFixture.WEBHOOK_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = "sha256="
                + HexFormat.of()
                        .formatHex(mac.doFinal((timestamp + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(call.headers().get("x-nocvault-signature")).isEqualTo(expected);
        JsonNode body = JSON.readTree(call.body());
        assertThat(body.get("subject").asString()).isEqualTo("Backup store quota warning");
        assertThat(body.get("category").asString()).isEqualTo("STORE");
        assertThat(body.get("alerts").get(0).get("dedupKey").asString()).isEqualTo("store-quota:warning");
        assertThat(call.body()).doesNotContain(NotifyFixture.WEBHOOK_SECRET);
    }

    @Test
    void aDeliveryIsRetriedAfterServerErrorsUntilItIsAccepted() {
        endpoint.respond(500, 503);
        ChannelDetails channel = fixture.whatsApp(endpoint.url("/send"), null, null, null);
        fixture.recipient("+27821234567", null, noc);

        alerts.raise(AlertTexts.backupFailed(43, "core-sw-2", noc, 1, "refused"));

        List<Map<String, Object>> log = Eventually.get(() -> fixture.deliveriesOf(channel.id()), l -> sent(l, 1));
        assertThat(log.getFirst().get("attempts")).isEqualTo(3);
        assertThat(log.getFirst().get("answer_status")).isEqualTo(200);
        assertThat(endpoint.calls()).hasSize(3);
        assertThat(endpoint.calls().getFirst().body())
                .isEqualTo(endpoint.calls().getLast().body());
    }

    @Test
    void aDeliveryFailsAfterTheLastAttemptWithTheChannelsAnswer() {
        endpoint.respond(500, 500, 500);
        ChannelDetails channel = fixture.whatsApp(endpoint.url("/send"), "u", "never-shown-secret", null);
        fixture.recipient("+27821234567", null, noc);

        alerts.raise(AlertTexts.backupFailed(44, "core-sw-3", noc, 1, "refused"));

        Map<String, Object> row = Eventually.get(
                        () -> fixture.deliveriesOf(channel.id()),
                        l -> !l.isEmpty() && "FAILED".equals(l.getFirst().get("status")))
                .getFirst();
        assertThat(row.get("attempts")).isEqualTo(3);
        assertThat(row.get("answer_status")).isEqualTo(500);
        assertThat((String) row.get("answer")).contains("error").doesNotContain("never-shown-secret");
    }

    @Test
    void aHangingEndpointNeitherBlocksRaiseNorOtherChannels() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        endpoint.hangUntil(release);
        ChannelDetails hanging = fixture.whatsApp(endpoint.url("/send"), null, null, null);
        fixture.email(mail.getSmtp().getPort());
        fixture.recipient("+27821234567", "bob@test.example", noc);

        for (int i = 0; i < 20; i++) {
            alerts.raise(AlertTexts.backupFailed(100 + i, "sw-" + i, noc, 1, "refused"));
        }
        // raise() has returned for every alert while the WhatsApp API holds the first request
        endpoint.next(WAIT);
        assertThat(release.getCount()).isEqualTo(1);
        assertThat(mail.waitForIncomingEmail(WAIT.toMillis(), 20)).isTrue();
        Map<String, Object> first = Eventually.get(
                        () -> fixture.deliveriesOf(hanging.id()),
                        l -> l.size() == 20 && l.stream().anyMatch(r -> "RETRYING".equals(r.get("status"))))
                .stream()
                .filter(r -> "RETRYING".equals(r.get("status")))
                .findFirst()
                .orElseThrow();
        assertThat((String) first.get("answer")).containsIgnoringCase("timed out");
        release.countDown();
    }

    @Test
    void aChangedHostKeyIsASecurityAlertWithBothFingerprints() throws Exception {
        fixture.webhook(endpoint.url("/hook"));
        String subject = "device:" + System.nanoTime();
        transactions.executeWithoutResult(status -> events.publishEvent(new HostKeyChanged(
                Origin.system(),
                subject,
                noc,
                "core-sw-9 (10.9.9.9:22)",
                "SHA256:pinnedAAA",
                "SHA256:presentedBBB",
                java.time.Instant.now())));

        JsonNode body = JSON.readTree(endpoint.next(WAIT).body());
        assertThat(body.get("category").asString()).isEqualTo("SECURITY");
        assertThat(body.get("nocId").asLong()).isEqualTo(noc);
        assertThat(body.get("subject").asString()).isEqualTo("Host key changed: core-sw-9 (10.9.9.9:22)");
        assertThat(body.get("text").asString()).contains("SHA256:pinnedAAA", "SHA256:presentedBBB");
    }

    static boolean sent(List<Map<String, Object>> rows, int count) {
        return rows.size() == count && rows.stream().allMatch(r -> "SENT".equals(r.get("status")));
    }
}
