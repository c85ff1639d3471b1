package io.nocvault.transport.internal;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Receives the shell's bytes as MINA delivers them and hands decoded text to a listener. A UTF-8 sequence split
 * across two packets is kept until complete; invalid bytes become U+FFFD. Text that arrives before a listener is
 * set is buffered.
 */
final class Utf8Sink extends OutputStream {

    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer pending = ByteBuffer.allocate(8);
    private final StringBuilder early = new StringBuilder();
    private Consumer<String> listener;

    synchronized void listener(Consumer<String> newListener) {
        this.listener = newListener;
        if (!early.isEmpty()) {
            String text = early.toString();
            early.setLength(0);
            newListener.accept(text);
        }
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] bytes, int off, int len) {
        ByteBuffer in;
        if (pending.position() > 0) {
            in = ByteBuffer.allocate(pending.position() + len);
            pending.flip();
            in.put(pending).put(bytes, off, len).flip();
            pending.clear();
        } else {
            in = ByteBuffer.wrap(bytes, off, len);
        }
        CharBuffer out = CharBuffer.allocate(len + 8);
        decoder.decode(in, out, false);
        if (in.hasRemaining() && in.remaining() <= pending.capacity()) {
            pending.put(in);
        }
        out.flip();
        if (out.hasRemaining()) {
            deliver(out.toString());
        }
    }

    private void deliver(String text) {
        if (listener == null) {
            early.append(text);
        } else {
            listener.accept(text);
        }
    }
}
