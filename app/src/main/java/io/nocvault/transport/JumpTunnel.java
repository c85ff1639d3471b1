package io.nocvault.transport;

import java.time.Duration;

/** An authenticated session to a NOC's jump server, reused for the device sessions of one run. */
public interface JumpTunnel extends AutoCloseable {

    /** The jump server it is connected to. */
    SshEndpoint endpoint();

    boolean isOpen();

    /**
     * Whether the jump server still answers: a keep-alive request answered within {@code wait}. A session that does
     * not is closed, so the NOC's next device opens a new one.
     */
    boolean answers(Duration wait);

    @Override
    void close();
}
