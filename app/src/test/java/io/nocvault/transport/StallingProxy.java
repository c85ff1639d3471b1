package io.nocvault.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A TCP proxy on loopback in front of a server whose first connection stops reading from the client after a given
 * number of bytes, as a jump server that hangs with its connection open would: the client's writes still succeed
 * (into the socket buffers), but nothing more reaches the server and nothing comes back. Later connections pass
 * everything.
 */
public final class StallingProxy implements AutoCloseable {

    private final ServerSocket listener;
    private final int targetPort;
    private final long stallAfter;
    private final AtomicInteger connections = new AtomicInteger();
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final CountDownLatch closed = new CountDownLatch(1);

    /** Forwards to {@code 127.0.0.1:targetPort}; the first connection stalls after {@code stallAfter} bytes in. */
    public StallingProxy(int targetPort, long stallAfter) throws IOException {
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.targetPort = targetPort;
        this.stallAfter = stallAfter;
        Thread.ofVirtual().name("stalling-proxy").start(this::accept);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** How many connections the proxy accepted. */
    public int connections() {
        return connections.get();
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Socket server = new Socket(InetAddress.getLoopbackAddress(), targetPort);
                sockets.add(client);
                sockets.add(server);
                boolean stalls = connections.incrementAndGet() == 1;
                Thread.ofVirtual().start(() -> pump(client, server, stalls ? stallAfter : Long.MAX_VALUE));
                Thread.ofVirtual().start(() -> pump(server, client, Long.MAX_VALUE));
            } catch (IOException e) {
                return;
            }
        }
    }

    /** Copies until either side closes, or stops reading (for good) once {@code limit} bytes went through. */
    private void pump(Socket from, Socket to, long limit) {
        byte[] buffer = new byte[8192];
        long copied = 0;
        try (InputStream in = from.getInputStream();
                OutputStream out = to.getOutputStream()) {
            while (copied < limit) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - copied));
                if (read < 0) {
                    break;
                }
                out.write(buffer, 0, read);
                copied += read;
            }
            if (copied >= limit) {
                closed.await();
            }
        } catch (IOException | InterruptedException e) {
            // a side closed, or the proxy did
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closed already
        }
    }

    @Override
    public void close() throws IOException {
        closed.countDown();
        listener.close();
        sockets.forEach(StallingProxy::closeQuietly);
    }
}
