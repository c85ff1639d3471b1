package io.nocvault.backup.run;

import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.FailureKind;
import io.nocvault.noc.JumpServer;
import io.nocvault.noc.NocDirectory;
import io.nocvault.transport.DeviceCli;
import io.nocvault.transport.JumpEndpoints;
import io.nocvault.transport.JumpTunnel;
import io.nocvault.transport.SshConnector;
import io.nocvault.transport.StepListener;
import io.nocvault.transport.TransportException;
import io.nocvault.transport.TransportTimeouts;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The jump sessions of one run: one per NOC that has a jump server, opened when its first device needs it and
 * shared by every device of that NOC; opened again only if it closed. Closed when the run ends.
 */
final class JumpSessions implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(JumpSessions.class);

    private final NocDirectory nocs;
    private final SshConnector connector;
    private final TransportTimeouts timeouts;
    private final Map<Long, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger logins = new AtomicInteger();

    JumpSessions(NocDirectory nocs, SshConnector connector, TransportTimeouts timeouts) {
        this.nocs = nocs;
        this.connector = connector;
        this.timeouts = timeouts;
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        Optional<JumpServer> server;
        JumpTunnel tunnel;
    }

    /**
     * The NOC's jump session, or {@code null} when its devices are reached directly.
     *
     * @throws CaptureException when the jump server cannot be reached or refuses the login
     */
    JumpTunnel tunnel(long nocId) {
        Entry entry = entries.computeIfAbsent(nocId, id -> new Entry());
        try {
            entry.lock.lockInterruptibly();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CaptureException(FailureKind.INTERRUPTED, "jump server", "interrupted while waiting");
        }
        try {
            if (entry.server == null) {
                entry.server = nocs.jumpServer(nocId);
            }
            if (entry.server.isEmpty()) {
                return null;
            }
            if (entry.tunnel == null || !entry.tunnel.isOpen()) {
                entry.tunnel = open(entry.server.get());
            }
            return entry.tunnel;
        } finally {
            entry.lock.unlock();
        }
    }

    private JumpTunnel open(JumpServer server) {
        try {
            JumpTunnel tunnel = connector.openJump(JumpEndpoints.of(server), timeouts, StepListener.NONE);
            logins.incrementAndGet();
            return tunnel;
        } catch (TransportException e) {
            CaptureException failure = DeviceCli.asCaptureFailure(e);
            String step = failure.step() == null || failure.step().startsWith("jump server")
                    ? failure.step()
                    : "jump server " + failure.step();
            throw new CaptureException(failure.kind(), step, e.getMessage());
        }
    }

    /** How many times a jump session was opened (one per NOC unless a session broke). */
    int logins() {
        return logins.get();
    }

    @Override
    public void close() {
        for (Entry entry : entries.values()) {
            entry.lock.lock();
            try {
                if (entry.tunnel != null) {
                    entry.tunnel.close();
                    entry.tunnel = null;
                }
            } catch (RuntimeException e) {
                log.debug("Closing a jump session failed", e);
            } finally {
                entry.lock.unlock();
            }
        }
    }
}
