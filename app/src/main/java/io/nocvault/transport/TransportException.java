package io.nocvault.transport;

/**
 * Reaching a device failed at {@link #step()}; {@link #timedOut()} tells a timeout from a refusal, and
 * {@link #connectionLost()} a connection that closed under the step (worth another attempt) from a refusal. The
 * message is for people and never contains credentials.
 */
public class TransportException extends RuntimeException {

    private final ConnectStep step;
    private final boolean timedOut;
    private final boolean viaJump;
    private final boolean connectionLost;

    public TransportException(ConnectStep step, boolean timedOut, boolean viaJump, String message) {
        this(step, timedOut, viaJump, false, message);
    }

    public TransportException(
            ConnectStep step, boolean timedOut, boolean viaJump, boolean connectionLost, String message) {
        super(message);
        this.step = step;
        this.timedOut = timedOut;
        this.viaJump = viaJump;
        this.connectionLost = connectionLost;
    }

    public ConnectStep step() {
        return step;
    }

    public boolean timedOut() {
        return timedOut;
    }

    /** True when the connection closed during the step instead of the server refusing it. */
    public boolean connectionLost() {
        return connectionLost;
    }

    /** True when the failure concerns the jump server hop, not the device itself. */
    public boolean viaJump() {
        return viaJump;
    }
}
