package io.nocvault.transport;

/** An authenticated session to a NOC's jump server, reused for the device sessions of one run. */
public interface JumpTunnel extends AutoCloseable {

    /** The jump server it is connected to. */
    SshEndpoint endpoint();

    boolean isOpen();

    @Override
    void close();
}
