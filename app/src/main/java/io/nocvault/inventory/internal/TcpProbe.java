package io.nocvault.inventory.internal;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;

/**
 * The Java fallback: a TCP connect to the device's SSH port on a virtual thread per target (at most {@code
 * concurrency} at once). A device is reachable when the port accepts the connection; a refusal, a timeout or an
 * unknown name count as not reachable. Works without privileges, unlike ICMP from Java.
 */
final class TcpProbe implements PingProbe {

    private final Duration timeout;
    private final int attempts;
    private final Semaphore permits;

    TcpProbe(Duration timeout, int retries, int concurrency) {
        this.timeout = timeout;
        this.attempts = retries + 1;
        this.permits = new Semaphore(Math.max(1, concurrency));
    }

    @Override
    public String name() {
        return "tcp";
    }

    @Override
    public Set<PingTarget> reachable(Collection<PingTarget> targets) {
        Set<PingTarget> alive = ConcurrentHashMap.newKeySet();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (PingTarget target : Set.copyOf(targets)) {
                threads.submit(() -> {
                    if (answers(target)) {
                        alive.add(target);
                    }
                });
            }
        }
        return alive;
    }

    private boolean answers(PingTarget target) {
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        try {
            for (int attempt = 0; attempt < attempts; attempt++) {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(target.address(), target.port()), (int) timeout.toMillis());
                    return true;
                } catch (IOException e) {
                    if (e instanceof java.net.ConnectException) {
                        return false;
                    }
                }
            }
            return false;
        } finally {
            permits.release();
        }
    }
}
