package io.nocvault.notify;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.BackupFailed;
import io.nocvault.backup.BackupRunFinished;
import io.nocvault.backup.BackupSucceeded;
import io.nocvault.backup.ConfigChanged;
import io.nocvault.backup.RunStatus;
import io.nocvault.common.Origin;
import io.nocvault.inventory.DeviceReachabilityChanged;
import io.nocvault.inventory.Reachability;
import io.nocvault.notify.internal.ChannelDetails;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** The events of backups and ping tests reach recipients as alerts, a run's alerts as one summary. */
@NotifyTest
class EventAlertsTest extends ProtocolTestSupport {

    private static final AtomicLong IDS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void fiftyFailedBackupsOfOneRunAreOneMessagePerRecipientAtTheEndOfTheRun() throws Exception {
        fixture.email(mail.getSmtp().getPort());
        fixture.recipient(null, "ops@test.example", noc);
        long run = IDS.incrementAndGet();
        Instant now = Instant.now();

        publish(() -> {
            for (int i = 1; i <= 50; i++) {
                events.publishEvent(new BackupFailed(
                        run, IDS.incrementAndGet(), noc, "sw-" + i, "TIMEOUT", "enable", "no prompt", 3, now));
            }
        });
        publish(() ->
                events.publishEvent(new BackupRunFinished(Origin.system(), run, RunStatus.FINISHED, 50, 0, 0, 50, 0)));

        assertThat(mail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        Thread.sleep(500); // nothing else may follow
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo("[NocVault] Backup run " + run + ": 50 backups failed");
        assertThat((String) received[0].getContent()).contains("sw-1", "sw-2");
    }

    @Test
    void aSuccessfulBackupIsNewsOnlyAfterAFailure() throws Exception {
        ChannelDetails hook = fixture.webhook(endpoint.url("/hook"));
        long device = IDS.incrementAndGet();
        long firstRun = IDS.incrementAndGet();
        Instant now = Instant.now();

        publish(() -> events.publishEvent(new BackupSucceeded(firstRun, device, noc, "calm", 1, false, now)));
        publish(() -> events.publishEvent(
                new BackupRunFinished(Origin.system(), firstRun, RunStatus.FINISHED, 1, 0, 1, 0, 0)));
        long failing = IDS.incrementAndGet();
        publish(() -> events.publishEvent(new BackupFailed(
                failing, device, noc, "calm", "AUTHENTICATION", null, "refused", 1, now.plusSeconds(1))));
        publish(() -> events.publishEvent(
                new BackupRunFinished(Origin.system(), failing, RunStatus.FINISHED, 1, 0, 0, 1, 0)));
        // runs follow each other: the failing run's alerts are out before the next run ends (batches processed out of
        // order: AlertPipelineTest)
        Eventually.get(() -> fixture.deliveriesOf(hook.id()), l -> AlertDeliveryTest.sent(l, 1));
        long recovered = IDS.incrementAndGet();
        publish(() ->
                events.publishEvent(new BackupSucceeded(recovered, device, noc, "calm", 2, false, now.plusSeconds(2))));
        publish(() -> events.publishEvent(
                new BackupRunFinished(Origin.system(), recovered, RunStatus.FINISHED, 1, 0, 1, 0, 0)));

        List<Map<String, Object>> log =
                Eventually.get(() -> fixture.deliveriesOf(hook.id()), l -> AlertDeliveryTest.sent(l, 2));
        assertThat(log.stream().map(r -> r.get("subject")))
                .containsExactlyInAnyOrder("Backup failed: calm", "Backup works again: calm");
        Thread.sleep(500);
        assertThat(fixture.deliveriesOf(hook.id())).hasSize(2);
    }

    @Test
    void aConfigChangeLinksToTheDiffAndAFirstVersionIsNoChange() throws Exception {
        ChannelDetails hook = fixture.webhook(endpoint.url("/hook"));
        long device = IDS.incrementAndGet();
        long run = IDS.incrementAndGet();
        Instant now = Instant.now();

        publish(() -> {
            events.publishEvent(new ConfigChanged(run, device, noc, "edge-1", null, 40, 120, 0, now));
            events.publishEvent(new ConfigChanged(run, device, noc, "edge-1", 40L, 41, 3, 1, now));
        });
        publish(() ->
                events.publishEvent(new BackupRunFinished(Origin.system(), run, RunStatus.FINISHED, 1, 1, 0, 0, 0)));

        Map<String, Object> row = Eventually.get(
                        () -> fixture.deliveriesOf(hook.id()), l -> AlertDeliveryTest.sent(l, 1))
                .getFirst();
        assertThat(row.get("subject")).isEqualTo("Configuration changed: edge-1");
        assertThat((String) row.get("message"))
                .contains("+3 -1 lines")
                .contains("https://nocvault.example/compare/40/41");
    }

    @Test
    void aDeviceThatStopsAnsweringIsADeviceAlert() throws Exception {
        fixture.email(mail.getSmtp().getPort());
        fixture.recipient(null, "noc@test.example", noc);
        long device = IDS.incrementAndGet();

        publish(() -> events.publishEvent(new DeviceReachabilityChanged(
                device, noc, "far-1", "10.7.0.1", Reachability.ACTIVE, Reachability.INACTIVE, Instant.now())));

        assertThat(mail.waitForIncomingEmail(WAIT.toMillis(), 1)).isTrue();
        MimeMessage message = mail.getReceivedMessages()[0];
        assertThat(message.getSubject()).isEqualTo("[NocVault] Device unreachable: far-1");
        assertThat((String) message.getContent()).contains("10.7.0.1", "no answer to ping");
    }

    private void publish(Runnable publishing) {
        transactions.executeWithoutResult(status -> publishing.run());
    }
}
