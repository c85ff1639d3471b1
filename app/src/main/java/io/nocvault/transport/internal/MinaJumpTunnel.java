package io.nocvault.transport.internal;

import io.nocvault.transport.JumpTunnel;
import io.nocvault.transport.SshEndpoint;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.sshd.client.session.ClientSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** An authenticated jump server session; each device connection is a direct-tcpip channel of it. */
record MinaJumpTunnel(SshEndpoint endpoint, ClientSession session) implements JumpTunnel {

    private static final Logger log = LoggerFactory.getLogger(MinaJumpTunnel.class);

    @Override
    public boolean isOpen() {
        return session.isOpen();
    }

    @Override
    public boolean answers(Duration wait) {
        if (!session.isOpen()) {
            return false;
        }
        CountDownLatch reply = new CountDownLatch(1);
        try {
            JumpKeepAlive.request(session, reply::countDown);
            if (reply.await(wait.toMillis(), TimeUnit.MILLISECONDS)) {
                return true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return session.isOpen();
        } catch (IOException | RuntimeException e) {
            log.debug("Asking jump server {} for a keep-alive failed", endpoint.label(), e);
        }
        synchronized (session) {
            if (session.isOpen()) {
                log.warn(
                        "{} did not answer a keep-alive request within {} ms after a device behind it failed; closing"
                                + " its session (the next device opens a new one)",
                        endpoint.label(),
                        wait.toMillis());
                session.close(true);
            }
        }
        return false;
    }

    @Override
    public void close() {
        session.close(false);
    }
}
