package io.nocvault.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.notify.internal.ChannelDetails;
import io.nocvault.notify.internal.RecipientDetails;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Batching into one summary, suppression of repeats, recovery, and who receives what (preferences, NOCs). */
@NotifyTest
class AlertPipelineTest extends ProtocolTestSupport {

    @Test
    void fiftyFailuresOfOneRunAreOneMessagePerRecipientAndChannel() throws Exception {
        ChannelDetails whatsApp = fixture.whatsApp(endpoint.url("/wa"), null, null, null);
        fixture.email(mail.getSmtp().getPort());
        ChannelDetails hook = fixture.webhook(endpoint.url("/hook"));
        RecipientDetails alice = fixture.recipient("+27821110001", "alice@test.example", noc);
        RecipientDetails bob = fixture.recipient("+27821110002", "bob@test.example", noc);
        String run = "backup-run:" + UUID.randomUUID();

        for (int i = 1; i <= 50; i++) {
            alerts.raise(AlertTexts.backupFailed(1000 + i, "dev-" + i, noc, 3, "timeout")
                    .inBatch(run, "Backup run 12"));
        }
        alerts.flush(run);

        assertThat(mail.waitForIncomingEmail(WAIT.toMillis(), 2)).isTrue();
        Eventually.get(() -> fixture.deliveriesTo(alice.id()), l -> AlertDeliveryTest.sent(l, 2));
        Eventually.get(() -> fixture.deliveriesTo(bob.id()), l -> AlertDeliveryTest.sent(l, 2));
        Eventually.get(() -> fixture.deliveriesOf(hook.id()), l -> AlertDeliveryTest.sent(l, 1));
        Thread.sleep(500); // nothing else may follow
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(List.of(received[0].getAllRecipients()[0].toString(), received[1].getAllRecipients()[0].toString()))
                .containsExactlyInAnyOrder("alice@test.example", "bob@test.example");
        assertThat(received[0].getSubject()).isEqualTo("[NocVault] Backup run 12: 50 backups failed");
        assertThat((String) received[0].getContent())
                .contains("Backup run 12: 50 backups failed: dev-1, dev-2, dev-3")
                .contains("… and 30 more");
        assertThat(fixture.deliveriesOf(whatsApp.id())).hasSize(2);
        List<TestEndpoint.Call> calls = endpoint.calls();
        assertThat(calls.stream().filter(c -> c.path().equals("/wa"))).hasSize(2);
        TestEndpoint.Call webhook =
                calls.stream().filter(c -> c.path().equals("/hook")).findFirst().orElseThrow();
        JsonNode payload = JsonMapper.builder().build().readTree(webhook.body());
        assertThat(payload.get("alertCount").asInt()).isEqualTo(50);
        assertThat(payload.get("batchKey").asString()).isEqualTo(run);
        assertThat(fixture.deliveriesTo(alice.id()).getFirst().get("alert_count"))
                .isEqualTo(50);
    }

    @Test
    void aBatchIsSentWhenItsWindowClosesWithoutFlush() {
        ChannelDetails hook = fixture.webhook(endpoint.url("/hook"));
        String run = "sweep:" + UUID.randomUUID();
        alerts.raise(
                AlertTexts.deviceUnreachable(501, "a1", noc, "10.1.0.1", null).inBatch(run, "Ping sweep"));
        alerts.raise(AlertTexts.backupFailed(502, "a2", noc, 3, "timeout").inBatch(run, "Ping sweep"));

        Map<String, Object> row = Eventually.get(
                        () -> fixture.deliveriesOf(hook.id()), l -> AlertDeliveryTest.sent(l, 1))
                .getFirst();
        assertThat(row.get("subject")).isEqualTo("Ping sweep: 2 alerts");
        assertThat((String) row.get("message"))
                .contains("Ping sweep: 1 device unreachable: a1")
                .contains("Ping sweep: 1 backup failed: a2");
    }

    @Test
    void repeatsAreSuppressedUntilTheProblemRecovers() throws Exception {
        fixture.email(mail.getSmtp().getPort());
        RecipientDetails carol = fixture.recipient(null, "carol@test.example", noc);
        long device = System.nanoTime();

        alerts.raise(AlertTexts.deviceUnreachable(device, "flappy", noc, "10.2.0.1", null));
        Eventually.get(() -> fixture.deliveriesTo(carol.id()), l -> AlertDeliveryTest.sent(l, 1));
        alerts.raise(AlertTexts.deviceUnreachable(device, "flappy", noc, "10.2.0.1", "still"));
        alerts.raise(AlertTexts.deviceUnreachable(device, "flappy", noc, "10.2.0.1", "still"));
        Eventually.get(
                () -> fixture.jdbc
                        .sql("select suppressed from notify_suppressions where dedup_key = :k")
                        .param("k", "device-unreachable:device:" + device)
                        .query(Integer.class)
                        .single(),
                n -> n == 2);
        Thread.sleep(300);
        assertThat(fixture.deliveriesTo(carol.id())).hasSize(1);

        alerts.raise(AlertTexts.deviceReachable(device, "flappy", noc, "10.2.0.1"));
        Eventually.get(() -> fixture.deliveriesTo(carol.id()), l -> AlertDeliveryTest.sent(l, 2));
        alerts.raise(AlertTexts.deviceUnreachable(device, "flappy", noc, "10.2.0.1", "again"));
        List<Map<String, Object>> log =
                Eventually.get(() -> fixture.deliveriesTo(carol.id()), l -> AlertDeliveryTest.sent(l, 3));
        assertThat(log.stream().map(r -> r.get("subject")))
                .containsExactly(
                        "Device unreachable: flappy", "Device reachable again: flappy", "Device unreachable: flappy");
    }

    @Test
    void alertsProcessedOutOfOrderLeaveTheLatestStateOfTheProblem() throws Exception {
        fixture.email(mail.getSmtp().getPort());
        RecipientDetails dave = fixture.recipient(null, "dave@test.example", noc);
        long device = System.nanoTime();
        String key = "backup-failed:device:" + device;
        Instant t0 = Instant.now().minusSeconds(60);

        // two runs ended together: the later run's success is processed before the earlier run's failure
        alerts.raise(AlertTexts.backupRecovered(device, "core-9", noc).withOccurredAt(t0.plusSeconds(20)));
        Eventually.get(() -> recoveredAt(key), at -> at != null);
        String earlierRun = "backup-run:" + UUID.randomUUID();
        alerts.raise(AlertTexts.backupFailed(device, "core-9", noc, 3, "timeout")
                .withOccurredAt(t0.plusSeconds(10))
                .inBatch(earlierRun, "Backup run 6"));
        alerts.raise(
                AlertTexts.backupFailed(device + 1, "edge-1", noc, 3, "timeout").inBatch(earlierRun, "Backup run 6"));
        alerts.flush(earlierRun);
        Map<String, Object> first = Eventually.get(
                        () -> fixture.deliveriesTo(dave.id()), l -> AlertDeliveryTest.sent(l, 1))
                .getFirst();
        assertThat(first.get("subject")).isEqualTo("Backup failed: edge-1");
        assertThat((String) first.get("message")).doesNotContain("core-9");

        // a failure after that recovery is news at once; a success older than it is stale and a repeat is suppressed
        alerts.raise(
                AlertTexts.backupFailed(device, "core-9", noc, 3, "refused").withOccurredAt(t0.plusSeconds(30)));
        Eventually.get(() -> fixture.deliveriesTo(dave.id()), l -> AlertDeliveryTest.sent(l, 2));
        String laterRuns = "backup-run:" + UUID.randomUUID();
        alerts.raise(AlertTexts.backupRecovered(device, "core-9", noc)
                .withOccurredAt(t0.plusSeconds(25))
                .inBatch(laterRuns, "Backup run 8"));
        alerts.raise(AlertTexts.backupFailed(device, "core-9", noc, 3, "refused")
                .withOccurredAt(t0.plusSeconds(40))
                .inBatch(laterRuns, "Backup run 8"));
        alerts.flush(laterRuns);
        Eventually.get(() -> suppressedRepeats(key), n -> n == 1);
        Thread.sleep(300);
        assertThat(fixture.deliveriesTo(dave.id())).hasSize(2);
        assertThat(recoveredAt(key)).isNull();

        alerts.raise(AlertTexts.backupRecovered(device, "core-9", noc).withOccurredAt(t0.plusSeconds(50)));
        List<Map<String, Object>> log =
                Eventually.get(() -> fixture.deliveriesTo(dave.id()), l -> AlertDeliveryTest.sent(l, 3));
        assertThat(log.stream().map(r -> r.get("subject")))
                .containsExactly("Backup failed: edge-1", "Backup failed: core-9", "Backup works again: core-9");
    }

    @Test
    void aRecoveryAtTheInstantOfItsFailureIsNews() throws Exception {
        ChannelDetails hook = fixture.webhook(endpoint.url("/hook"));
        long device = System.nanoTime();
        Instant at = Instant.parse("2026-12-02T10:00:00.123456789Z"); // finer than the database keeps

        alerts.raise(
                AlertTexts.backupFailed(device, "core-7", noc, 1, "refused").withOccurredAt(at));
        Eventually.get(() -> fixture.deliveriesOf(hook.id()), l -> AlertDeliveryTest.sent(l, 1));
        alerts.raise(AlertTexts.backupRecovered(device, "core-7", noc).withOccurredAt(at));

        List<Map<String, Object>> log =
                Eventually.get(() -> fixture.deliveriesOf(hook.id()), l -> AlertDeliveryTest.sent(l, 2));
        assertThat(log.stream().map(r -> r.get("subject")))
                .containsExactly("Backup failed: core-7", "Backup works again: core-7");
    }

    private Object recoveredAt(String key) {
        return fixture.jdbc
                .sql("select recovered_at from notify_suppressions where dedup_key = :k")
                .param("k", key)
                .query()
                .optionalValue()
                .orElse(null);
    }

    private int suppressedRepeats(String key) {
        return fixture.jdbc
                .sql("select suppressed from notify_suppressions where dedup_key = :k")
                .param("k", key)
                .query(Integer.class)
                .single();
    }

    @Test
    void recipientsGetOnlyTheCategoriesAndNocsTheyChose() throws Exception {
        long otherNoc = fixture.nocs.create("Other");
        ChannelDetails channel = fixture.email(mail.getSmtp().getPort());
        RecipientDetails configOnly = fixture.recipients.create(new io.nocvault.notify.internal.RecipientCommand(
                NotifyFixture.unique("Config"), null, "config@test.example", List.of(noc), false, false, true, true));
        RecipientDetails other = fixture.recipient(null, "other@test.example", otherNoc);
        RecipientDetails global = fixture.recipient(null, "global@test.example");
        try {
            alerts.raise(AlertTexts.backupFailed(9001, "x1", noc, 1, null));
            alerts.raise(AlertTexts.configChanged(9002, "x2", noc, 10, 11, "+3 -1 lines"));
            alerts.raise(AlertTexts.quotaExceeded(2L << 30, 1L << 30));

            Eventually.get(() -> fixture.deliveriesOf(channel.id()), l -> AlertDeliveryTest.sent(l, 4));
            assertThat(fixture.deliveriesTo(configOnly.id()))
                    .singleElement()
                    .satisfies(r -> assertThat(r.get("subject")).isEqualTo("Configuration changed: x2"))
                    .satisfies(r ->
                            assertThat((String) r.get("message")).contains("https://nocvault.example/compare/10/11"));
            assertThat(fixture.deliveriesTo(other.id())).isEmpty();
            assertThat(fixture.deliveriesTo(global.id()))
                    .extracting(r -> r.get("subject"))
                    .containsExactlyInAnyOrder(
                            "Backup failed: x1", "Configuration changed: x2", "Backup store quota exceeded");
        } finally {
            fixture.recipients.delete(global.id());
        }
    }
}
