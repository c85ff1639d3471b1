package io.nocvault.notify.internal;

import io.nocvault.notify.Alert;
import io.nocvault.notify.AlertCategory;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The alert pipeline, run in the background: drops suppressed repeats, finds the recipients who want each alert
 * (preference and NOC), composes one message per recipient (a summary when he gets several alerts), queues one
 * delivery per recipient and matching channel (WhatsApp: phone, e-mail: address) plus one per webhook, and hands
 * them to the {@link DeliveryDispatcher}.
 */
@Component
class AlertProcessor {

    private static final Logger log = LoggerFactory.getLogger(AlertProcessor.class);

    private final Suppressions suppressions;
    private final RecipientStore recipients;
    private final ChannelService channels;
    private final MessageComposer composer;
    private final DeliveryStore deliveries;
    private final DeliveryDispatcher dispatcher;

    AlertProcessor(
            Suppressions suppressions,
            RecipientStore recipients,
            ChannelService channels,
            MessageComposer composer,
            DeliveryStore deliveries,
            DeliveryDispatcher dispatcher) {
        this.suppressions = suppressions;
        this.recipients = recipients;
        this.channels = channels;
        this.composer = composer;
        this.deliveries = deliveries;
        this.dispatcher = dispatcher;
    }

    /** Which preference admits a category. */
    static String preferenceColumn(AlertCategory category) {
        return switch (category) {
            case DEVICE, SECURITY -> "device_alerts";
            case BACKUP, STORE -> "backup_alerts";
            case CONFIG_CHANGE -> "config_alerts";
        };
    }

    void process(List<Alert> raised) {
        List<Alert> alerts = unsuppressed(raised);
        if (alerts.isEmpty()) {
            return;
        }
        List<ChannelSettings> enabled = channels.enabledSettings();
        if (enabled.isEmpty()) {
            log.info("{} alert(s) not sent: no notification channel is enabled", alerts.size());
            return;
        }
        Map<Long, RecipientRow> people = new LinkedHashMap<>();
        Map<Long, List<Alert>> wanted = new LinkedHashMap<>();
        Map<String, List<RecipientRow>> cache = new HashMap<>();
        for (Alert alert : alerts) {
            String column = preferenceColumn(alert.category());
            for (RecipientRow r : cache.computeIfAbsent(
                    column + ":" + alert.nocId(), k -> recipients.wanting(column, alert.nocId()))) {
                people.putIfAbsent(r.id(), r);
                wanted.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(alert);
            }
        }
        wanted.forEach((id, theirs) -> queueForRecipient(people.get(id), composer.compose(theirs), enabled));
        Message all = composer.compose(alerts);
        enabled.stream()
                .filter(c -> c.type() == ChannelType.WEBHOOK)
                .forEach(c -> queue(all, c, null, null, withoutQuery(c.url())));
    }

    private List<Alert> unsuppressed(List<Alert> raised) {
        Instant now = Instant.now();
        List<Alert> kept = new ArrayList<>();
        for (Alert alert : raised) {
            if (alert.recovery()) {
                if (suppressions.clear(alert.dedupKey(), alert.occurredAt())) {
                    kept.add(alert);
                }
            } else if (suppressions.claim(alert.dedupKey(), alert.occurredAt(), now)) {
                kept.add(alert);
            }
        }
        return kept;
    }

    private void queueForRecipient(RecipientRow recipient, Message message, List<ChannelSettings> enabled) {
        for (ChannelSettings channel : enabled) {
            String address = switch (channel.type()) {
                case WHATSAPP -> recipient.phone();
                case EMAIL -> recipient.email();
                case WEBHOOK -> null;
            };
            if (address != null) {
                queue(message, channel, recipient.id(), recipient.name(), address);
            }
        }
    }

    private void queue(Message message, ChannelSettings channel, Long recipientId, String name, String address) {
        long id = deliveries.queue(message, channel, recipientId, name, address);
        dispatcher.dispatch(new DeliveryDispatcher.Job(id, channel, message, address));
    }

    /** A webhook URL as the log shows it: without query or user info, which may hold a token. */
    static String withoutQuery(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                    + (uri.getPath() == null ? "" : uri.getPath());
        } catch (IllegalArgumentException e) {
            return "(webhook)";
        }
    }
}
