package io.nocvault.identity;

/** Why a login attempt failed: a category for the audit log, never the password. */
public enum LoginFailureReason {
    /** The username exists, the password did not match. */
    BAD_PASSWORD,
    /** No user has this username. */
    UNKNOWN_USER,
    /** The account is locked after too many failed attempts. */
    LOCKED,
    /** The password matched, but the account is suspended. */
    SUSPENDED,
    /** Username or password missing, too long or malformed. */
    INVALID_INPUT
}
