package io.nocvault.notify.internal;

/**
 * A channel with its secret opened, for the senders only. {@link #toString()} never shows the secret.
 *
 * @param secret the WhatsApp API or SMTP password, or the webhook signing secret; may be null
 */
record ChannelSettings(
        long id,
        String name,
        ChannelType type,
        String url,
        String username,
        String secret,
        String bodyTemplate,
        String smtpHost,
        int smtpPort,
        TlsMode tlsMode,
        String fromAddress) {

    @Override
    public String toString() {
        return "ChannelSettings[" + type + " " + name + ", secret " + (secret == null ? "absent" : "***") + "]";
    }
}
