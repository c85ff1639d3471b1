package io.nocvault.drivers;

/**
 * Why a capture failed. The transport raises the first five itself (it owns the connection); the dialog engine
 * raises the rest.
 */
public enum FailureKind {
    DNS("host name could not be resolved"),
    TCP_CONNECT("TCP connection failed"),
    SSH_HANDSHAKE("SSH handshake failed"),
    HOST_KEY_MISMATCH("host key does not match the pinned key"),
    AUTHENTICATION("authentication failed"),
    ENABLE_REFUSED("enable (privileged mode) refused"),
    PROMPT_NOT_RECOGNISED("prompt not recognised"),
    COMMAND_REJECTED("command rejected by the device"),
    TIMEOUT("timed out"),
    TRUNCATED_CONFIG("configuration incomplete (end-of-config check failed)"),
    CONNECTION_LOST("connection lost"),
    INTERRUPTED("capture interrupted");

    private final String description;

    FailureKind(String description) {
        this.description = description;
    }

    /** A short human-readable description, for the UI and alerts. */
    public String description() {
        return description;
    }
}
