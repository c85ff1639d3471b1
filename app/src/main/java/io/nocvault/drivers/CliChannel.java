package io.nocvault.drivers;

import java.io.IOException;

/**
 * The engine's way out to the device: an interactive shell channel (an SSH shell, a telnet session, or a
 * recorded dialog in tests). The transport feeds the other direction into {@link CliDialog#onData}.
 */
@FunctionalInterface
public interface CliChannel {

    /** Sends text to the device as typed (the engine adds the driver's newline itself). */
    void send(String text) throws IOException;
}
