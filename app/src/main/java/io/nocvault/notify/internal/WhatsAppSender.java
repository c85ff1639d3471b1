package io.nocvault.notify.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The WhatsApp HTTP API of seed 000: a POST to the configured URL with the rendered body template, and HTTP
 * Basic authentication when a username is set. Placeholders: {@code {{phone}}} (E.164, with +),
 * {@code {{phoneDigits}}} (without +), {@code {{message}}} (subject, text and link), {@code {{subject}}},
 * {@code {{text}}}, {@code {{link}}}, {@code {{category}}}.
 */
@Component
class WhatsAppSender implements ChannelSender {

    private final HttpPoster http;

    WhatsAppSender(HttpPoster http) {
        this.http = http;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WHATSAPP;
    }

    @Override
    public ChannelAnswer send(ChannelSettings channel, Message message, String phone, long deliveryId) {
        String template =
                channel.bodyTemplate() == null ? ChannelValidation.DEFAULT_WHATSAPP_TEMPLATE : channel.bodyTemplate();
        String body = BodyTemplate.render(
                template,
                Map.of(
                        "phone",
                        phone,
                        "phoneDigits",
                        phone.startsWith("+") ? phone.substring(1) : phone,
                        "message",
                        message.subject() + "\n\n" + message.text(),
                        "subject",
                        message.subject(),
                        "text",
                        message.text(),
                        "link",
                        message.link() == null ? "" : message.link(),
                        "category",
                        message.category().name()));
        String auth = channel.username() == null ? null : basic(channel.username(), channel.secret());
        Map<String, String> headers = auth == null ? Map.of() : Map.of("Authorization", auth);
        return http.post(channel.url(), body, BodyTemplate.contentType(template), headers, channel.secret(), auth);
    }

    static String basic(String username, String password) {
        String pair = username + ":" + (password == null ? "" : password);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
