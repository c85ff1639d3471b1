package io.nocvault.notify.internal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;

/**
 * What creating or updating a recipient asks for, from the UI form or the API. Text is trimmed and blank means
 * absent; the phone number loses spaces, dashes, dots and brackets before it is checked against E.164.
 */
public record RecipientCommand(
        @NotBlank(message = "Enter a name") @Size(max = 100, message = "At most 100 characters")
        String name,

        @Pattern(regexp = E164, message = "Enter the number in international form, e.g. +27821234567")
        String phone,

        @Size(max = 254, message = "At most 254 characters")
        @Email(message = "Enter a valid e-mail address")
        @Pattern(regexp = EMAIL, message = "Enter a valid e-mail address")
        String email,

        List<Long> nocIds,
        boolean deviceAlerts,
        boolean backupAlerts,
        boolean configAlerts,
        boolean enabled) {

    /** E.164: a plus, a country code not starting with 0, at most 15 digits in all. */
    public static final String E164 = "\\+[1-9][0-9]{6,14}";

    /** An e-mail address with a dot in its domain (the Bean Validation check alone accepts {@code a@b}). */
    public static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

    public RecipientCommand {
        name = Texts.clean(name);
        phone = Texts.phone(phone);
        email = Texts.clean(email);
        nocIds = nocIds == null
                ? List.of()
                : nocIds.stream().filter(Objects::nonNull).distinct().toList();
    }
}
