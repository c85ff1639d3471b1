package io.nocvault.noc.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What creating or updating a NOC asks for, from the UI form or the API. Text is trimmed and blank means absent.
 * A secret that is absent keeps the stored one on update; {@code clearJumpPassword}/{@code clearJumpPrivateKey}
 * remove it (a new value wins over clearing). {@link #toString()} never shows a secret.
 */
public record NocCommand(
        @NotBlank(message = "Enter a name") @Size(max = NAME_MAX, message = "At most 100 characters")
        String name,

        @Size(max = 1000, message = "At most 1000 characters")
        String description,

        @Size(max = 200, message = "At most 200 characters") String location,
        @Size(max = 200, message = "At most 200 characters") String contactPerson,

        @Size(max = 254, message = "At most 254 characters") @Email(message = "Enter a valid e-mail address")
        String contactEmail,

        @Size(max = 50, message = "At most 50 characters")
        @Pattern(regexp = "[0-9+()./ xX-]*", message = "Use digits, spaces and + ( ) - . / only")
        String contactPhone,

        @Size(max = 253, message = "At most 253 characters")
        @Pattern(regexp = "[A-Za-z0-9._:\\[\\]-]*", message = "Enter a host name or IP address")
        String jumpHost,

        @Min(value = 1, message = "Enter a port between 1 and 65535")
        @Max(value = 65535, message = "Enter a port between 1 and 65535")
        Integer jumpPort,

        @Size(max = 100, message = "At most 100 characters")
        @Pattern(regexp = "\\S*", message = "Must not contain spaces")
        String jumpUsername,

        @Size(max = PASSWORD_MAX, message = "At most 500 characters")
        String jumpPassword,

        @Size(max = PRIVATE_KEY_MAX, message = "At most 16384 characters")
        String jumpPrivateKey,

        boolean clearJumpPassword,
        boolean clearJumpPrivateKey) {

    public static final int NAME_MAX = 100;
    public static final int PASSWORD_MAX = 500;
    public static final int PRIVATE_KEY_MAX = 16384;

    public NocCommand {
        name = text(name);
        description = text(description);
        location = text(location);
        contactPerson = text(contactPerson);
        contactEmail = text(contactEmail);
        contactPhone = text(contactPhone);
        jumpHost = text(jumpHost);
        jumpUsername = text(jumpUsername);
        jumpPassword = jumpPassword == null || jumpPassword.isEmpty() ? null : jumpPassword;
        jumpPrivateKey = text(jumpPrivateKey);
    }

    /** The port to store: the given one, or 22. */
    int effectiveJumpPort() {
        return jumpPort == null ? Noc.DEFAULT_JUMP_PORT : jumpPort;
    }

    boolean hasJumpServer() {
        return jumpHost != null;
    }

    /** True when any jump server field other than the host was filled in. */
    boolean hasJumpDetails() {
        return jumpUsername != null || jumpPassword != null || jumpPrivateKey != null;
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    @Override
    public String toString() {
        return "NocCommand[name=" + name + ", jumpHost=" + jumpHost + ", jumpPassword="
                + (jumpPassword == null ? "absent" : "***") + ", jumpPrivateKey="
                + (jumpPrivateKey == null ? "absent" : "***") + "]";
    }
}
