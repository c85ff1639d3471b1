package io.nocvault.notify.internal;

import io.nocvault.notify.Alert;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generic JSON webhook: one signed POST per message (not per recipient) with the message and every alert it
 * summarises. Headers: {@code X-NocVault-Timestamp}, {@code X-NocVault-Signature: sha256=<hex>} (see
 * {@link WebhookSignature}) and {@code X-NocVault-Delivery} (the delivery id).
 */
@Component
class WebhookSender implements ChannelSender {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpPoster http;
    private final Clock clock = Clock.systemUTC();

    WebhookSender(HttpPoster http) {
        this.http = http;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public ChannelAnswer send(ChannelSettings channel, Message message, String address, long deliveryId) {
        String body = JSON.writeValueAsString(payload(message, deliveryId));
        long timestamp = clock.instant().getEpochSecond();
        Map<String, String> headers = Map.of(
                WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp),
                WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(channel.secret(), timestamp, body),
                WebhookSignature.DELIVERY_HEADER, Long.toString(deliveryId));
        return http.post(channel.url(), body, "application/json", headers, channel.secret());
    }

    static Map<String, Object> payload(Message message, long deliveryId) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("deliveryId", deliveryId);
        payload.put("subject", message.subject());
        payload.put("text", message.text());
        payload.put("link", message.link());
        payload.put("category", message.category().name());
        payload.put("nocId", message.nocId());
        payload.put("batchKey", message.batchKey());
        payload.put("alertCount", message.alerts().size());
        payload.put("alerts", alerts(message.alerts()));
        return payload;
    }

    private static List<Map<String, Object>> alerts(List<Alert> alerts) {
        return alerts.stream()
                .map(a -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("category", a.category().name());
                    m.put("nocId", a.nocId());
                    m.put("dedupKey", a.dedupKey());
                    m.put("subject", a.subject());
                    m.put("text", a.text());
                    m.put("link", a.link());
                    m.put("occurredAt", a.occurredAt().toString());
                    m.put("recovery", a.recovery());
                    m.put("item", a.item());
                    return m;
                })
                .toList();
    }
}
