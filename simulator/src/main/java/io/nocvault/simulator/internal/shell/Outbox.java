package io.nocvault.simulator.internal.shell;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.common.io.IoOutputStream;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;

/**
 * The ordered, non-blocking output of one session: byte segments (optionally cut into chunks with pauses between
 * them), pauses and actions, written one at a time through MINA's asynchronous channel stream. No thread ever waits:
 * writes complete on the I/O threads and pauses run on a shared scheduler.
 */
public final class Outbox {

    private static final int[] FRAGMENTS = {3, 1, 7, 2, 5, 4, 6, 1, 2};

    private final IoOutputStream out;
    private final ScheduledExecutorService timer;
    private final Deque<Item> queue = new ArrayDeque<>();
    private boolean busy;
    private boolean pumping;
    private boolean closed;

    private static final class Item {
        final byte[] data;
        final int chunk;
        final long pauseMillis;
        final int pauseEvery;
        final Runnable action;
        int pos;
        int count;
        long pendingPause;

        /** A single-write segment that has not started yet can absorb the next one (fewer, larger packets). */
        boolean plain() {
            return data != null && chunk == Integer.MAX_VALUE;
        }

        Item append(byte[] more) {
            byte[] joined = Arrays.copyOf(data, data.length + more.length);
            System.arraycopy(more, 0, joined, data.length, more.length);
            return new Item(joined, chunk, 0, 1, null);
        }

        Item(byte[] data, int chunk, long pauseMillis, int pauseEvery, Runnable action) {
            this.data = data;
            this.chunk = chunk;
            this.pauseMillis = pauseMillis;
            this.pauseEvery = Math.max(1, pauseEvery);
            this.action = action;
        }
    }

    public Outbox(IoOutputStream out, ScheduledExecutorService timer) {
        this.out = out;
        this.timer = timer;
    }

    /** Sends these bytes in one write. */
    public void send(byte[] data) {
        enqueue(new Item(data, Integer.MAX_VALUE, 0, 1, null));
    }

    /** Sends these bytes in chunks of {@code chunk} bytes, pausing after every {@code pauseEvery} chunks. */
    public void sendChunked(byte[] data, int chunk, long pauseMillis, int pauseEvery) {
        enqueue(new Item(data, Math.max(1, chunk), pauseMillis, pauseEvery, null));
    }

    /** Sends these bytes in fragments of 1 to 7 bytes with a 1 ms pause after every 32 fragments. */
    public void sendFragmented(byte[] data) {
        enqueue(new Item(data, -1, 1, 32, null));
    }

    /** Runs {@code action} once everything queued before it has been written. */
    public void then(Runnable action) {
        enqueue(new Item(null, 0, 0, 1, action));
    }

    /** Runs {@code action} this long after everything queued before it has been written. */
    public void after(long millis, Runnable action) {
        then(() -> {
            try {
                timer.schedule(action, millis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                action.run();
            }
        });
    }

    /** Drops everything not yet written; later sends are ignored. */
    public synchronized void close() {
        closed = true;
        queue.clear();
    }

    private void enqueue(Item item) {
        if (item.data != null && item.data.length == 0) {
            return;
        }
        synchronized (this) {
            if (closed) {
                return;
            }
            Item last = queue.peekLast();
            if (item.plain() && last != null && last.plain() && last.pos == 0) {
                queue.removeLast();
                queue.addLast(last.append(item.data));
            } else {
                queue.addLast(item);
            }
        }
        pump();
    }

    private void pump() {
        while (true) {
            synchronized (this) {
                if (pumping || busy || closed) {
                    return;
                }
                pumping = true;
            }
            try {
                drain();
            } finally {
                synchronized (this) {
                    pumping = false;
                }
            }
            synchronized (this) {
                if (busy || closed || queue.isEmpty()) {
                    return;
                }
            }
        }
    }

    private void drain() {
        while (true) {
            Item item;
            synchronized (this) {
                if (busy || closed) {
                    return;
                }
                item = queue.peekFirst();
                if (item == null) {
                    return;
                }
                busy = true;
            }
            start(item);
        }
    }

    private void start(Item item) {
        if (item.action != null) {
            finish(item);
            try {
                item.action.run();
            } finally {
                done();
            }
            return;
        }
        if (item.pendingPause > 0) {
            long pause = item.pendingPause;
            item.pendingPause = 0;
            schedule(pause);
            return;
        }
        write(item);
    }

    private void write(Item item) {
        int size = item.chunk < 0 ? FRAGMENTS[item.count % FRAGMENTS.length] : item.chunk;
        int len = Math.min(size, item.data.length - item.pos);
        ByteArrayBuffer buffer = new ByteArrayBuffer(item.data, item.pos, len);
        item.pos += len;
        item.count++;
        if (item.pos >= item.data.length) {
            finish(item);
        } else if (item.pauseMillis > 0 && item.count % item.pauseEvery == 0) {
            item.pendingPause = item.pauseMillis;
        }
        try {
            IoWriteFuture future = out.writeBuffer(buffer);
            future.addListener(f -> {
                if (!f.isWritten()) {
                    close();
                }
                done();
                pump();
            });
        } catch (IOException | RuntimeException e) {
            close();
            done();
        }
    }

    private void schedule(long millis) {
        try {
            timer.schedule(
                    () -> {
                        done();
                        pump();
                    },
                    millis,
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            close();
            done();
        }
    }

    private synchronized void finish(Item item) {
        if (queue.peekFirst() == item) {
            queue.pollFirst();
        }
    }

    private synchronized void done() {
        busy = false;
    }
}
