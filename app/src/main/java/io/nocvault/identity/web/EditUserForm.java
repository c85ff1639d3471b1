package io.nocvault.identity.web;

import io.nocvault.identity.internal.AcceptablePassword;
import io.nocvault.identity.internal.UserRecord;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The "edit user" form; role, status and password are only used when the viewer may change them. */
record EditUserForm(
        @NotBlank(message = "Enter an e-mail address")
        @Size(max = 254, message = "Use at most 254 characters")
        @Email(message = "Enter a valid e-mail address")
        String email,

        @NotBlank(message = "Enter the full name") @Size(max = 200, message = "Use at most 200 characters")
        String fullName,

        String role,
        String status,
        @AcceptablePassword String password,
        String passwordChangeRequired) {

    static EditUserForm of(UserRecord user) {
        return new EditUserForm(
                user.email(), user.fullName(), user.role().name(), user.status().name(), null, "true");
    }

    EditUserForm redisplay() {
        return new EditUserForm(
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
        return "EditUserForm[" + role + ", " + status + "]";
    }
}
