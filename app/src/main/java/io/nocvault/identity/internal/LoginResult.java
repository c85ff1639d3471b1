package io.nocvault.identity.internal;

import io.nocvault.identity.LoginFailureReason;

/** The outcome of a login attempt. */
public sealed interface LoginResult {

    /** The password matched an active, unlocked account. */
    record Success(UserRecord user) implements LoginResult {}

    /** Refused; {@link #message()} is what the user may be told. */
    record Failure(LoginFailureReason reason) implements LoginResult {

        public static final String INVALID_MESSAGE = "Invalid username or password.";
        public static final String LOCKED_MESSAGE =
                "This account is locked after too many failed logins. Try again later or ask an administrator.";
        public static final String SUSPENDED_MESSAGE = "This account is suspended.";

        /** The same text for an unknown user and a wrong password, so that nobody learns which usernames exist. */
        public String message() {
            return switch (reason) {
                case LOCKED -> LOCKED_MESSAGE;
                case SUSPENDED -> SUSPENDED_MESSAGE;
                default -> INVALID_MESSAGE;
            };
        }
    }
}
