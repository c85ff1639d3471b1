package io.nocvault.identity.api;

import io.nocvault.identity.Role;
import io.nocvault.identity.internal.AcceptablePassword;
import io.nocvault.identity.internal.UserRecord;
import io.nocvault.identity.internal.UserStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** Bodies of {@code /api/v1/users}. No body ever carries a password hash. */
final class UserDtos {

    private UserDtos() {}

    /**
     * @param status {@code ACTIVE} when omitted
     * @param passwordChangeRequired whether the first login must change the password; {@code false} when omitted
     */
    record CreateUserRequest(
            @NotBlank @Size(max = 64) String username,
            @NotBlank @Size(max = 254) @Email String email,
            @NotBlank @Size(max = 200) String fullName,
            @NotNull Role role,
            @NotBlank @AcceptablePassword String password,
            UserStatus status,
            Boolean passwordChangeRequired) {

        @Override
        public String toString() {
            return "CreateUserRequest[" + username + ", " + role + "]";
        }
    }

    /**
     * A change; omitted (null) fields stay as they are. Role, status and password are the head admin's to change.
     *
     * @param passwordChangeRequired with a new password: must the user change it at next login (default true)
     */
    record UpdateUserRequest(
            @Size(max = 254) @Email String email,
            @Size(max = 200) String fullName,
            Role role,
            UserStatus status,
            @AcceptablePassword String password,
            Boolean passwordChangeRequired) {

        @Override
        public String toString() {
            return "UpdateUserRequest[" + role + ", " + status + "]";
        }
    }

    record UserResponse(
            long id,
            String username,
            String email,
            String fullName,
            Role role,
            UserStatus status,
            Instant createdAt,
            Instant lastLoginAt,
            String lastLoginIp,
            int failedAttempts,
            boolean locked,
            Instant lockedUntil,
            boolean passwordChangeRequired) {

        static UserResponse of(UserRecord user, Instant now) {
            boolean locked = user.locked(now);
            return new UserResponse(
                    user.id(),
                    user.username(),
                    user.email(),
                    user.fullName(),
                    user.role(),
                    user.status(),
                    user.createdAt(),
                    user.lastLoginAt(),
                    user.lastLoginIp(),
                    user.failedAttempts(),
                    locked,
                    user.lockExpiry(now),
                    user.passwordChangeRequired());
        }
    }
}
