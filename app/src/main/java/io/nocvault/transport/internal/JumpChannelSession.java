package io.nocvault.transport.internal;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketAddress;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.sshd.client.channel.ChannelDirectTcpip;
import org.apache.sshd.common.future.CloseFuture;
import org.apache.sshd.common.io.AbstractIoWriteFuture;
import org.apache.sshd.common.io.IoHandler;
import org.apache.sshd.common.io.IoReadFuture;
import org.apache.sshd.common.io.IoService;
import org.apache.sshd.common.io.IoSession;
import org.apache.sshd.common.io.IoWriteFuture;
import org.apache.sshd.common.util.buffer.Buffer;
import org.apache.sshd.common.util.buffer.ByteArrayBuffer;
import org.apache.sshd.common.util.closeable.AbstractCloseable;
import org.apache.sshd.common.util.net.SshdSocketAddress;

/**
 * The byte stream of a device's SSH session carried by a direct-tcpip channel of its NOC's jump server session, in
 * place of a TCP connection: no local listening socket, no loopback connection per device.
 *
 * <p>What the device sends is handed to the device session on a virtual thread, one chunk after the other, so the
 * jump session's I/O thread only moves bytes and the devices behind one jump server are decoded in parallel. What the
 * device session writes is queued and given to the channel one write at a time, as the channel's stream demands.
 */
final class JumpChannelSession extends AbstractCloseable implements IoSession {

    private static final AtomicLong IDS = new AtomicLong();

    private final long id = IDS.incrementAndGet();
    private final IoService service;
    private final IoHandler handler;
    private final ChannelDirectTcpip channel;
    private final Consumer<JumpChannelSession> onClosed;
    private final Map<Object, Object> attributes = new ConcurrentHashMap<>();
    private final ByteArrayBuffer incoming = new ByteArrayBuffer(8192);
    private final ArrayDeque<PendingWrite> writes = new ArrayDeque<>();
    private boolean writing;
    private final Object readState = new Object();
    private boolean readSuspended;
    private boolean readWaiting;

    JumpChannelSession(
            IoService service, IoHandler handler, ChannelDirectTcpip channel, Consumer<JumpChannelSession> onClosed) {
        this.service = service;
        this.handler = handler;
        this.channel = channel;
        this.onClosed = onClosed;
        channel.addCloseFutureListener(closed -> close(true));
    }

    /** Starts delivering what the device sends, once the handler knows the session. */
    void startReading() {
        readNext();
    }

    private void readNext() {
        while (!isClosing()) {
            synchronized (readState) {
                if (readSuspended) {
                    readWaiting = true;
                    return;
                }
            }
            incoming.clear();
            IoReadFuture read = channel.getAsyncOut().read(incoming);
            if (!read.isDone()) {
                read.addListener(done -> Thread.startVirtualThread(() -> {
                    if (deliver(done)) {
                        readNext();
                    }
                }));
                return;
            }
            if (!deliver(read)) {
                return;
            }
        }
    }

    /** Hands one chunk to the device session; answers whether to read on. */
    private boolean deliver(IoReadFuture read) {
        Throwable failure = read.getException();
        if (failure != null || read.getRead() < 0) {
            close(true);
            return false;
        }
        try {
            handler.messageReceived(this, read.getBuffer());
            return true;
        } catch (Throwable e) {
            exceptionCaught(e);
            return false;
        }
    }

    private void exceptionCaught(Throwable e) {
        try {
            handler.exceptionCaught(this, e);
        } catch (Throwable ignored) {
            // the handler closes the session itself; nothing more to tell
        } finally {
            close(true);
        }
    }

    @Override
    public IoWriteFuture writeBuffer(Buffer buffer) throws IOException {
        // a copy: MINA's channel stream may build the channel packet in the array it is given, writing its header
        // over bytes the device session still counts as its own
        PendingWrite write =
                new PendingWrite(new ByteArrayBuffer(buffer.getCompactData()), new WriteFuture(id, buffer));
        synchronized (writes) {
            if (isClosing()) {
                throw new EOFException("The channel to the device is closed");
            }
            writes.add(write);
            if (writing) {
                return write.future;
            }
            writing = true;
        }
        writeQueued();
        return write.future;
    }

    /** Gives queued writes to the channel one after the other; the channel's stream takes one at a time. */
    private void writeQueued() {
        while (true) {
            PendingWrite next;
            synchronized (writes) {
                next = writes.poll();
                if (next == null) {
                    writing = false;
                    return;
                }
            }
            IoWriteFuture written;
            try {
                written = channel.getAsyncIn().writeBuffer(next.buffer);
            } catch (IOException | RuntimeException e) {
                next.future.setValue(e);
                failQueued(e);
                close(true);
                return;
            }
            if (!written.isDone()) {
                written.addListener(done -> {
                    next.complete(done);
                    writeQueued();
                });
                return;
            }
            next.complete(written);
        }
    }

    private void failQueued(Throwable cause) {
        synchronized (writes) {
            PendingWrite write;
            while ((write = writes.poll()) != null) {
                write.future.setValue(cause);
            }
            writing = false;
        }
    }

    @Override
    protected CloseFuture doCloseGracefully() {
        return channel.close(false);
    }

    /** Called once: {@link AbstractCloseable} runs it on the first close that gets this far. */
    @Override
    protected void doCloseImmediately() {
        // as closing a socket still sends what was written: the write in flight goes, then the channel closes
        channel.close(false);
        failQueued(new EOFException("The channel to the device is closed"));
        try {
            handler.sessionClosed(this);
        } catch (Throwable ignored) {
            // the session is gone either way
        }
        onClosed.accept(this);
        super.doCloseImmediately();
    }

    @Override
    public long getId() {
        return id;
    }

    @Override
    public SocketAddress getAcceptanceAddress() {
        return null;
    }

    @Override
    public SocketAddress getLocalAddress() {
        return channel.getLocalSocketAddress();
    }

    @Override
    public SshdSocketAddress getRemoteAddress() {
        return channel.getRemoteSocketAddress();
    }

    @Override
    public Object getAttribute(Object key) {
        return attributes.get(key);
    }

    @Override
    public Object setAttribute(Object key, Object value) {
        return attributes.put(key, value);
    }

    @Override
    public Object setAttributeIfAbsent(Object key, Object value) {
        return attributes.putIfAbsent(key, value);
    }

    @Override
    public Object removeAttribute(Object key) {
        return attributes.remove(key);
    }

    @Override
    public IoService getService() {
        return service;
    }

    @Override
    public void shutdownOutputStream() {
        // closing the channel's output stream sends EOF once what was written has gone
        channel.getAsyncIn().close(false);
    }

    @Override
    public void suspendRead() {
        synchronized (readState) {
            readSuspended = true;
        }
    }

    @Override
    public void resumeRead() {
        boolean restart;
        synchronized (readState) {
            readSuspended = false;
            restart = readWaiting;
            readWaiting = false;
        }
        if (restart) {
            Thread.startVirtualThread(this::readNext);
        }
    }

    @Override
    public String toString() {
        return "JumpChannelSession[" + channel.getRemoteSocketAddress() + " via " + channel.getSession() + "]";
    }

    private record PendingWrite(Buffer buffer, WriteFuture future) {

        void complete(IoWriteFuture written) {
            Throwable failure = written.getException();
            future.setValue(failure == null ? Boolean.TRUE : failure);
        }
    }

    private static final class WriteFuture extends AbstractIoWriteFuture {

        WriteFuture(long id, Buffer buffer) {
            super(id, buffer);
        }
    }
}
