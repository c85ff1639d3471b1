package io.nocvault.notify.internal;

/** The kinds of notification channel and what each sends to. */
public enum ChannelType {
    /** A WhatsApp HTTP API (seed 000): one POST per recipient's phone number. */
    WHATSAPP("WhatsApp HTTP API"),
    /** SMTP e-mail: one mail per recipient's e-mail address. */
    EMAIL("E-mail (SMTP)"),
    /** A JSON webhook signed with HMAC-SHA256: one POST per message, not per recipient. */
    WEBHOOK("Webhook");

    private final String label;

    ChannelType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
