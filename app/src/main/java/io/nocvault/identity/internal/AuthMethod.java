package io.nocvault.identity.internal;

/** How a request authenticated. */
public enum AuthMethod {
    /** Browser session after the login form. */
    SESSION,
    /** JWT from {@code POST /api/v1/auth/login}. */
    JWT,
    /** Personal API token. */
    API_TOKEN
}
