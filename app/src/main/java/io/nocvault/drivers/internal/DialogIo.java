package io.nocvault.drivers.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The meeting point of the transport's reader thread and the dialog thread: data events append to the {@link
 * TerminalBuffer} and signal; the dialog waits on the condition with a deadline (no polling, no sleeps).
 */
final class DialogIo {

    /** The wait ended at its deadline. */
    static final class WaitTimeout extends Exception {
        WaitTimeout() {
            super(null, null, false, false);
        }
    }

    /** The device closed the channel before the wait was satisfied. */
    static final class ChannelClosed extends Exception {
        ChannelClosed() {
            super(null, null, false, false);
        }
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final TerminalBuffer buffer = new TerminalBuffer();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    private ByteBuffer undecoded = ByteBuffer.allocate(0);
    private long received;
    private boolean closed;

    void onData(CharSequence text) {
        lock.lock();
        try {
            buffer.append(text);
            received += text.length();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void onData(byte[] data, int offset, int length) {
        lock.lock();
        try {
            ByteBuffer in = ByteBuffer.allocate(undecoded.remaining() + length);
            in.put(undecoded).put(data, offset, length).flip();
            CharBuffer out = CharBuffer.allocate(in.remaining());
            decoder.decode(in, out, false);
            undecoded = in.slice();
            onData(out.flip());
        } finally {
            lock.unlock();
        }
    }

    void onClosed() {
        lock.lock();
        try {
            closed = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Waits until {@code probe} (run under the lock on every data event) returns non-null, and returns that.
     *
     * @param deadline a {@link System#nanoTime()} deadline
     */
    <T> T await(Function<TerminalBuffer, T> probe, long deadline)
            throws WaitTimeout, ChannelClosed, InterruptedException {
        lock.lock();
        try {
            while (true) {
                T result = probe.apply(buffer);
                if (result != null) {
                    return result;
                }
                if (closed) {
                    throw new ChannelClosed();
                }
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    throw new WaitTimeout();
                }
                changed.awaitNanos(remaining);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Waits until a data event after {@code sinceEvent} or the deadline; true when data arrived. */
    boolean awaitData(long sinceEvent, long deadline) throws InterruptedException {
        lock.lock();
        try {
            while (buffer.appends() == sinceEvent && !closed) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    return false;
                }
                changed.awaitNanos(remaining);
            }
            return buffer.appends() != sinceEvent;
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code action} on the buffer under the lock. */
    <T> T inspect(Function<TerminalBuffer, T> action) {
        lock.lock();
        try {
            return action.apply(buffer);
        } finally {
            lock.unlock();
        }
    }

    long received() {
        return inspect(b -> received);
    }

    static long deadline(Duration timeout) {
        return System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeout.toMillis());
    }
}
