package io.nocvault.identity.web;

import io.nocvault.identity.internal.AcceptablePassword;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "new user" form; role and status are names checked by the controller. */
record NewUserForm(
        @NotBlank(message = "Enter a username") @Size(max = 64, message = "Use at most 64 characters")
        String username,

        @NotBlank(message = "Enter an e-mail address")
        @Size(max = 254, message = "Use at most 254 characters")
        @Email(message = "Enter a valid e-mail address")
        String email,

        @NotBlank(message = "Enter the full name") @Size(max = 200, message = "Use at most 200 characters")
        String fullName,

        @NotBlank(message = "Choose a role") String role,
        String status,

        @NotBlank(message = "Enter an initial password") @AcceptablePassword
        String password,

        String passwordChangeRequired) {

    static NewUserForm empty() {
        return new NewUserForm("", "", "", "VIEWER", "ACTIVE", null, "true");
    }

    /** The form to show again after an error: no password, no absurdly long values. */
    NewUserForm redisplay() {
        return new NewUserForm(
                FieldErrors.redisplay(username),
                FieldErrors.redisplay(email),
                FieldErrors.redisplay(fullName),
                role,
                status,
                null,
                passwordChangeRequired);
    }

    /** The checkbox "must change the password at next login". */
    public boolean mustChangePassword() {
        return "true".equals(passwordChangeRequired) || "on".equals(passwordChangeRequired);
    }

    @Override
    public String toString() {
        return "NewUserForm[" + username + "]";
    }
}
