package io.nocvault.simulator.internal.shell;

import io.nocvault.simulator.Fault;
import io.nocvault.simulator.internal.DeviceState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/** Formats what a session sends (line ends, ANSI and fragmenting faults) and hands it to the {@link Outbox}. */
final class ShellOutput {

    static final String ANSI_PROMPT = "\u001b[1;32m";
    static final String ANSI_RESET = "\u001b[0m";
    static final String ANSI_LINE = "\u001b[K";
    private static final String NOT_IN_GARBAGE = "#>$:]?% \r\n";

    private final DeviceState device;
    private final Outbox outbox;
    private final Random random;

    ShellOutput(DeviceState device, Outbox outbox) {
        this.device = device;
        this.outbox = outbox;
        this.random = new Random(device.port() * 31L + device.hostname().hashCode());
    }

    Outbox outbox() {
        return outbox;
    }

    /** Output lines, each ending in CR LF; {@code slowChunk} > 0 sends them slowly in chunks of that size. */
    void lines(List<String> lines, int slowChunk) {
        if (lines.isEmpty()) {
            return;
        }
        boolean ansi = device.hasFault(Fault.ANSI);
        StringBuilder sb = new StringBuilder(lines.size() * 40);
        for (String line : lines) {
            if (ansi) {
                sb.append(ANSI_LINE);
            }
            sb.append(line).append("\r\n");
        }
        byte[] bytes = sb.toString().getBytes(StandardCharsets.UTF_8);
        if (slowChunk > 0) {
            outbox.sendChunked(bytes, slowChunk, 100, 1);
        } else {
            send(bytes);
        }
    }

    /** Text as is (pager prompts, enable password prompt, line ends). */
    void raw(String text) {
        send(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A prompt, coloured when the ANSI fault is on. */
    void prompt(String prompt) {
        if (prompt.isEmpty()) {
            return;
        }
        raw(device.hasFault(Fault.ANSI) ? ANSI_PROMPT + prompt + ANSI_RESET : prompt);
    }

    /** Echo of typed characters; one character at a time, 8 ms apart, with the CHAR_ECHO fault. */
    void echo(CharSequence typed) {
        if (typed.isEmpty()) {
            return;
        }
        byte[] bytes = typed.toString().getBytes(StandardCharsets.ISO_8859_1);
        if (device.hasFault(Fault.CHAR_ECHO)) {
            outbox.sendChunked(bytes, 1, 8, 1);
        } else {
            outbox.send(bytes);
        }
    }

    /** Random bytes that never end like a prompt. */
    void garbage() {
        byte[] bytes = new byte[512 + random.nextInt(1536)];
        for (int i = 0; i < bytes.length; i++) {
            byte b;
            do {
                b = (byte) random.nextInt(256);
            } while (NOT_IN_GARBAGE.indexOf(b & 0xff) >= 0);
            bytes[i] = b;
        }
        outbox.send(bytes);
    }

    private void send(byte[] bytes) {
        if (device.hasFault(Fault.CHAR_ECHO)) {
            outbox.sendFragmented(bytes);
        } else {
            outbox.send(bytes);
        }
    }
}
