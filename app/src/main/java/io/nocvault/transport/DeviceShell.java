package io.nocvault.transport;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * An interactive shell on a device (PTY, output and errors merged). Output arrives as it comes, decoded as
 * UTF-8, on the listener given to {@link #onData}; nothing polls. Closing it also closes the port forward of a
 * device reached through a jump server (the jump session itself stays open for the next device).
 */
public interface DeviceShell extends AutoCloseable {

    /** Where output goes from now on; output that arrived earlier was buffered and is delivered first. */
    void onData(Consumer<String> listener);

    /** Called once when the device closes the connection. */
    void onClose(Runnable listener);

    /** Sends text as typed (no newline is added). */
    void send(String text) throws IOException;

    boolean isOpen();

    @Override
    void close();
}
