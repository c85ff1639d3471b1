package io.nocvault.notify.internal;

import java.time.Instant;

/** A channel as the UI and API show it: the secret only as {@code hasSecret}. */
public record ChannelDetails(
        long id,
        String name,
        ChannelType type,
        boolean enabled,
        String url,
        String username,
        boolean hasSecret,
        String bodyTemplate,
        String smtpHost,
        Integer smtpPort,
        TlsMode tlsMode,
        String fromAddress,
        Instant createdAt,
        Instant updatedAt) {

    /** Where it sends, for lists: the URL or {@code host:port}. */
    public String target() {
        return type == ChannelType.EMAIL ? smtpHost + ":" + smtpPort : url;
    }

    public String typeLabel() {
        return type.label();
    }
}
