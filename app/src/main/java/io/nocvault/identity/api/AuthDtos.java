package io.nocvault.identity.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.nocvault.identity.Role;
import io.nocvault.identity.internal.AcceptablePassword;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Request and response bodies of {@code /api/v1/auth}. */
final class AuthDtos {

    private AuthDtos() {}

    record LoginRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 1000) String password) {

        @Override
        public String toString() {
            return "LoginRequest[" + username + "]";
        }
    }

    /** The OAuth2-style answer of a successful login. */
    record TokenResponse(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("password_change_required") boolean passwordChangeRequired) {

        @Override
        public String toString() {
            return "TokenResponse[hidden]";
        }
    }

    record MeResponse(
            long id,
            String username,
            String email,
            String fullName,
            Role role,
            boolean passwordChangeRequired,
            String authenticatedBy) {}

    record ChangePasswordRequest(
            @NotBlank @Size(max = 1000) String currentPassword,
            @NotBlank @AcceptablePassword String newPassword) {

        @Override
        public String toString() {
            return "ChangePasswordRequest[hidden]";
        }
    }
}
