package io.nocvault.transport;

/**
 * Reaching a device failed at {@link #step()}; {@link #timedOut()} tells a timeout from a refusal. The message
 * is for people and never contains credentials.
 */
public class TransportException extends RuntimeException {

    private final ConnectStep step;
    private final boolean timedOut;
    private final boolean viaJump;

    public TransportException(ConnectStep step, boolean timedOut, boolean viaJump, String message) {
        super(message);
        this.step = step;
        this.timedOut = timedOut;
        this.viaJump = viaJump;
    }

    public ConnectStep step() {
        return step;
    }

    public boolean timedOut() {
        return timedOut;
    }

    /** True when the failure concerns the jump server hop, not the device itself. */
    public boolean viaJump() {
        return viaJump;
    }
}
