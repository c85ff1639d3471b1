package io.nocvault.notify.internal;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Every {@link ChannelSender}, by type, behind one guard: an attempt runs on a virtual thread of its own and is
 * abandoned (interrupted) when it outlasts the timeout by a grace period, whatever the protocol does.
 */
@Component
class ChannelSenders implements DisposableBean {

    private static final Duration GRACE = Duration.ofSeconds(2);

    private final Map<ChannelType, ChannelSender> senders = new EnumMap<>(ChannelType.class);
    private final ExecutorService attempts = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("notify-send-", 0).factory());
    private final Duration limit;

    ChannelSenders(List<ChannelSender> all, NotifyProperties properties) {
        all.forEach(s -> senders.put(s.type(), s));
        this.limit = properties.timeout().plus(GRACE);
    }

    ChannelAnswer send(ChannelSettings channel, Message message, String address, long deliveryId) {
        ChannelSender sender = senders.get(channel.type());
        Future<ChannelAnswer> attempt = attempts.submit(() -> sender.send(channel, message, address, deliveryId));
        try {
            return attempt.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            attempt.cancel(true);
            return ChannelAnswer.failure("No answer within " + limit.toSeconds() + " s");
        } catch (InterruptedException e) {
            attempt.cancel(true);
            Thread.currentThread().interrupt();
            return ChannelAnswer.failure("Interrupted");
        } catch (ExecutionException e) {
            return ChannelAnswer.failure(ChannelAnswer.redact(HttpPoster.describe(e.getCause()), channel.secret()));
        }
    }

    @Override
    public void destroy() {
        attempts.shutdownNow();
    }
}
