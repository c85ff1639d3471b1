package io.nocvault.identity.web;

import io.nocvault.identity.internal.AcceptablePassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The change-password form. Never shown back: the page always renders it empty. */
record PasswordForm(
        @NotBlank(message = "Enter your current password") @Size(max = 200, message = "Too long")
        String currentPassword,

        @NotBlank(message = "Enter a new password") @AcceptablePassword
        String newPassword,

        @NotBlank(message = "Repeat the new password") String confirmPassword) {

    @Override
    public String toString() {
        return "PasswordForm[hidden]";
    }
}
