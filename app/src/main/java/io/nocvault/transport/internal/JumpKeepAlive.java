package io.nocvault.transport.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.SshConstants;
import org.apache.sshd.common.util.buffer.Buffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks a jump server session at a fixed interval whether it still answers (a global request that wants a reply; any
 * server answers it, if only with "failure") and closes the session after {@link #MISSED} unanswered requests in a
 * row. A jump server that keeps the TCP connection but stops answering (hung, overloaded, a half-dead connection)
 * would otherwise hold every device of its NOC until their time limits, run after run; once closed, the next device
 * of the NOC opens a new session and retried devices go through it.
 */
final class JumpKeepAlive {

    /** Unanswered requests in a row after which the session is closed. */
    static final int MISSED = 3;

    static final String REQUEST = "keepalive@openssh.com";

    private static final Logger log = LoggerFactory.getLogger(JumpKeepAlive.class);

    private final ClientSession session;
    private final String jumpName;
    private final AtomicInteger unanswered = new AtomicInteger();
    private volatile ScheduledFuture<?> task;

    private JumpKeepAlive(ClientSession session, String jumpName) {
        this.session = session;
        this.jumpName = jumpName;
    }

    /** Starts asking every {@code interval} until the session closes. */
    static void start(ClientSession session, String jumpName, Duration interval, ScheduledExecutorService timer) {
        JumpKeepAlive keepAlive = new JumpKeepAlive(session, jumpName);
        long millis = Math.max(1, interval.toMillis());
        keepAlive.task = timer.scheduleWithFixedDelay(keepAlive::ask, millis, millis, TimeUnit.MILLISECONDS);
        // a listener added to a closed session runs at once
        session.addCloseFutureListener(closed -> keepAlive.stop());
    }

    private void ask() {
        if (session.isClosing()) {
            stop();
            return;
        }
        if (unanswered.get() >= MISSED) {
            log.warn(
                    "{} did not answer {} keep-alive requests in a row; closing its session (the next device opens a"
                            + " new one)",
                    jumpName,
                    MISSED);
            stop();
            session.close(true);
            return;
        }
        unanswered.incrementAndGet();
        try {
            request(session, () -> unanswered.set(0));
        } catch (IOException | RuntimeException e) {
            log.debug("Sending a keep-alive to jump server {} failed", jumpName, e);
        }
    }

    /** Sends one keep-alive request; {@code onReply} runs when the server answers it, whatever the answer. */
    static void request(ClientSession session, Runnable onReply) throws IOException {
        Buffer request = session.createBuffer(SshConstants.SSH_MSG_GLOBAL_REQUEST, REQUEST.length() + 8);
        request.putString(REQUEST);
        request.putBoolean(true);
        session.request(request, REQUEST, (reply, buffer) -> onReply.run());
    }

    private void stop() {
        ScheduledFuture<?> scheduled = task;
        if (scheduled != null) {
            scheduled.cancel(false);
        }
    }
}
