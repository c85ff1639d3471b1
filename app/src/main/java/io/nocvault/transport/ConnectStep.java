package io.nocvault.transport;

/** The steps of reaching a device's shell, in order; a failure names the step it happened in. */
public enum ConnectStep {
    DNS("DNS lookup"),
    TCP_CONNECT("TCP connect"),
    SSH_HANDSHAKE("SSH handshake"),
    HOST_KEY("Host key"),
    AUTHENTICATION("Authentication"),
    SHELL("Shell");

    private final String label;

    ConnectStep(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
