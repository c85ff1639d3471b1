package io.nocvault.notify.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What creating or updating a channel asks for. Which fields matter depends on the type (see
 * {@link ChannelValidation}). {@code secret} is the WhatsApp API or SMTP password, or the webhook signing secret;
 * absent keeps the stored one on update, {@code clearSecret} removes it. {@link #toString()} never shows it.
 */
public record ChannelCommand(
        @NotBlank(message = "Enter a name") @Size(max = 100, message = "At most 100 characters")
        String name,

        @NotNull(message = "Choose a channel type") ChannelType type,
        boolean enabled,

        @Size(max = 2000, message = "At most 2000 characters")
        String url,

        @Size(max = 200, message = "At most 200 characters") String username,

        @Size(max = 1000, message = "At most 1000 characters")
        String secret,

        boolean clearSecret,

        @Size(max = 4000, message = "At most 4000 characters")
        String bodyTemplate,

        @Size(max = 253, message = "At most 253 characters") String smtpHost,

        @Min(value = 1, message = "Enter a port between 1 and 65535")
        @Max(value = 65535, message = "Enter a port between 1 and 65535")
        Integer smtpPort,

        TlsMode tlsMode,

        @Size(max = 254, message = "At most 254 characters") @Email(message = "Enter a valid e-mail address")
        String fromAddress) {

    public ChannelCommand {
        name = Texts.clean(name);
        url = Texts.clean(url);
        username = Texts.clean(username);
        secret = secret == null || secret.isEmpty() ? null : secret;
        bodyTemplate = Texts.clean(bodyTemplate);
        smtpHost = Texts.clean(smtpHost);
        fromAddress = Texts.clean(fromAddress);
    }

    @Override
    public String toString() {
        return "ChannelCommand[name=" + name + ", type=" + type + ", secret=" + (secret == null ? "absent" : "***")
                + "]";
    }
}
