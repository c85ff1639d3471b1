package io.nocvault.transport;

/**
 * Opens SSH sessions. Every failure is a {@link TransportException} naming the step; each step is reported to the
 * {@link StepListener} with its duration.
 */
public interface SshConnector {

    /** Connects and logs in to a jump server. */
    JumpTunnel openJump(SshEndpoint jump, TransportTimeouts timeouts, StepListener steps);

    /**
     * Connects, logs in and opens a shell on a device: directly when {@code via} is null, otherwise through a
     * local port forward over the jump session.
     */
    DeviceShell openShell(SshEndpoint device, JumpTunnel via, TransportTimeouts timeouts, StepListener steps);
}
