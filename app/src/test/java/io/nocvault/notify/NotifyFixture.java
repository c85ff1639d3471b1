package io.nocvault.notify;

import io.nocvault.notify.internal.ChannelCommand;
import io.nocvault.notify.internal.ChannelDetails;
import io.nocvault.notify.internal.ChannelService;
import io.nocvault.notify.internal.ChannelType;
import io.nocvault.notify.internal.RecipientCommand;
import io.nocvault.notify.internal.RecipientDetails;
import io.nocvault.notify.internal.RecipientService;
import io.nocvault.notify.internal.TlsMode;
import io.nocvault.test.TestNocs;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Channels, recipients and delivery-log reads for notify tests. Test classes share one database, so
 * {@link #isolate()} disables every channel and recipient left by earlier tests before a test makes its own.
 * Runs as background work (no user), which the NOC scope leaves unrestricted.
 */
final class NotifyFixture {

    static final String WEBHOOK_SECRET = "webhook-secret-" + UUID.randomUUID();

    final JdbcClient jdbc;
    final ChannelService channels;
    final RecipientService recipients;
    final TestNocs nocs;

    NotifyFixture(ApplicationContext context) {
        this.jdbc = context.getBean(JdbcClient.class);
        this.channels = context.getBean(ChannelService.class);
        this.recipients = context.getBean(RecipientService.class);
        this.nocs = new TestNocs(jdbc);
    }

    void isolate() {
        // Spring's test listener binds a mock request to the test thread; without it the thread is background
        // work, which the NOC scope leaves unrestricted
        RequestContextHolder.resetRequestAttributes();
        jdbc.sql("update notify_channels set enabled = false").update();
        jdbc.sql("update notify_recipients set enabled = false").update();
    }

    static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    ChannelDetails whatsApp(String url, String username, String password, String template) {
        return channels.create(new ChannelCommand(
                unique("WhatsApp"),
                ChannelType.WHATSAPP,
                true,
                url,
                username,
                password,
                false,
                template,
                null,
                null,
                null,
                null));
    }

    ChannelDetails email(int port) {
        return channels.create(new ChannelCommand(
                unique("Mail"),
                ChannelType.EMAIL,
                true,
                null,
                null,
                null,
                false,
                null,
                "127.0.0.1",
                port,
                TlsMode.NONE,
                "nocvault@test.example"));
    }

    ChannelDetails webhook(String url) {
        return channels.create(new ChannelCommand(
                unique("Hook"),
                ChannelType.WEBHOOK,
                true,
                url,
                null,
                WEBHOOK_SECRET,
                false,
                null,
                null,
                null,
                null,
                null));
    }

    RecipientDetails recipient(String phone, String email, Long... nocIds) {
        return recipients.create(
                new RecipientCommand(unique("Person"), phone, email, List.of(nocIds), true, true, true, true));
    }

    /** Deliveries of one channel, oldest first, as column maps. */
    List<Map<String, Object>> deliveriesOf(long channelId) {
        return jdbc.sql("select * from notify_deliveries where channel_id = :c order by id")
                .param("c", channelId)
                .query()
                .listOfRows();
    }

    /** Deliveries to one recipient, oldest first. */
    List<Map<String, Object>> deliveriesTo(long recipientId) {
        return jdbc.sql("select * from notify_deliveries where recipient_id = :r order by id")
                .param("r", recipientId)
                .query()
                .listOfRows();
    }
}
