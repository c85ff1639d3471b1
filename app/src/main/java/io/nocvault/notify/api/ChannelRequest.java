package io.nocvault.notify.api;

import io.nocvault.notify.internal.ChannelCommand;
import io.nocvault.notify.internal.ChannelType;
import io.nocvault.notify.internal.TlsMode;

/**
 * The JSON body of creating or updating a channel. {@code secret} (API or SMTP password, webhook signing secret)
 * is write-only: absent keeps the stored one, {@code clearSecret} removes it. Absent {@code enabled} is true.
 */
record ChannelRequest(
        String name,
        ChannelType type,
        Boolean enabled,
        String url,
        String username,
        String secret,
        Boolean clearSecret,
        String bodyTemplate,
        String smtpHost,
        Integer smtpPort,
        TlsMode tlsMode,
        String fromAddress) {

    ChannelCommand toCommand() {
        return new ChannelCommand(
                name,
                type,
                !Boolean.FALSE.equals(enabled),
                url,
                username,
                secret,
                Boolean.TRUE.equals(clearSecret),
                bodyTemplate,
                smtpHost,
                smtpPort,
                tlsMode,
                fromAddress);
    }

    @Override
    public String toString() {
        return toCommand().toString();
    }
}
