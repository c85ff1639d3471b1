package io.nocvault.notify.internal;

import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Runs deliveries in the background: each attempt on a virtual thread, at most
 * {@code nocvault.notify.max-concurrent} at once, each within the timeout ({@link ChannelSenders}); a failed
 * attempt is retried after an exponential backoff until {@code nocvault.notify.max-attempts}. Every attempt is
 * written to the delivery log. Nothing here throws at the caller.
 */
@Component
class DeliveryDispatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DeliveryDispatcher.class);

    private final DeliveryStore store;
    private final ChannelSenders senders;
    private final NotifyProperties properties;
    private final Semaphore permits;
    private final ExecutorService workers = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("notify-delivery-", 0).factory());
    private final ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("notify-retry").daemon().factory());

    DeliveryDispatcher(DeliveryStore store, ChannelSenders senders, NotifyProperties properties) {
        this.store = store;
        this.senders = senders;
        this.properties = properties;
        this.permits = new Semaphore(properties.maxConcurrent());
    }

    /** One delivery to run: which row, on which channel, what, to whom. */
    record Job(long deliveryId, ChannelSettings channel, Message message, String address) {}

    void dispatch(Job job) {
        submit(job, 1);
    }

    private void submit(Job job, int attempt) {
        try {
            workers.execute(() -> attempt(job, attempt));
        } catch (RejectedExecutionException e) {
            log.warn("Delivery {} not attempted: shutting down", job.deliveryId());
        }
    }

    private void attempt(Job job, int attempt) {
        ChannelAnswer answer;
        try {
            permits.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            answer = senders.send(job.channel(), job.message(), job.address(), job.deliveryId());
        } finally {
            permits.release();
        }
        try {
            settle(job, attempt, answer);
        } catch (RuntimeException e) {
            log.warn("Delivery {}: cannot record attempt {}: {}", job.deliveryId(), attempt, e.toString());
        }
    }

    private void settle(Job job, int attempt, ChannelAnswer answer) {
        if (answer.ok()) {
            store.record(job.deliveryId(), attempt, answer, DeliveryStatus.SENT, null);
            return;
        }
        if (attempt >= properties.maxAttempts()) {
            store.record(job.deliveryId(), attempt, answer, DeliveryStatus.FAILED, null);
            log.warn(
                    "Delivery {} on channel {} failed after {} attempts: {}",
                    job.deliveryId(),
                    job.channel().name(),
                    attempt,
                    answer.summary());
            return;
        }
        long delay = properties.backoffAfter(attempt).toMillis();
        store.record(
                job.deliveryId(),
                attempt,
                answer,
                DeliveryStatus.RETRYING,
                Instant.now().plusMillis(delay));
        try {
            retries.schedule(() -> submit(job, attempt + 1), delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("Delivery {} not retried: shutting down", job.deliveryId());
        }
    }

    /** Runs {@code work} on a delivery thread (used to take the alert pipeline off the caller's thread). */
    void background(Runnable work) {
        try {
            workers.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("Alert processing failed: {}", e.toString(), e);
                }
            });
        } catch (RejectedExecutionException e) {
            log.warn("Alert dropped: shutting down");
        }
    }

    /** Runs {@code work} on a delivery thread after {@code delayMillis}. */
    void later(Runnable work, long delayMillis) {
        try {
            retries.schedule(() -> background(work), delayMillis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            log.warn("Scheduled alert work dropped: shutting down");
        }
    }

    @Override
    public void destroy() {
        retries.shutdownNow();
        workers.shutdownNow();
    }
}
