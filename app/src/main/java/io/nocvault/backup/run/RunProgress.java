package io.nocvault.backup.run;

import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunReport.DeviceResult;
import io.nocvault.backup.RunStatus;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live progress of runs as server-sent events: {@code snapshot} (the run as the subscriber may see it), then one
 * {@code device} event per finished device of a NOC the subscriber may see, then {@code finished} (the run with
 * his counts, without devices), after which the stream ends. Each subscriber has a queue and a virtual thread
 * that writes to it, so a slow client never slows a run down.
 */
@Component
class RunProgress {

    static final Duration STREAM_TIMEOUT = Duration.ofHours(2);

    private static final Object END = new Object();

    private final Map<Long, List<Subscriber>> subscribers = new ConcurrentHashMap<>();

    private record Event(String name, Object data) {}

    private final class Subscriber {
        final long runId;
        final SseEmitter emitter;
        final RunVisibility visibility;
        final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();

        Subscriber(long runId, SseEmitter emitter, RunVisibility visibility) {
            this.runId = runId;
            this.emitter = emitter;
            this.visibility = visibility;
        }

        void offer(Object item) {
            queue.add(item);
        }

        void drain() {
            try {
                while (true) {
                    Object item = queue.take();
                    if (item == END) {
                        emitter.complete();
                        return;
                    }
                    Event event = (Event) item;
                    emitter.send(SseEmitter.event().name(event.name()).data(event.data(), MediaType.APPLICATION_JSON));
                }
            } catch (IOException | IllegalStateException gone) {
                emitter.completeWithError(gone);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                remove(this);
            }
        }
    }

    /**
     * Opens a stream for the run. {@code snapshot} is taken after the subscriber is registered, so no device
     * finishing in between is lost (it may come twice: clients update rows by device id).
     */
    SseEmitter subscribe(long runId, RunVisibility visibility, Supplier<Optional<RunReport>> snapshot) {
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
        Subscriber subscriber = new Subscriber(runId, emitter, visibility);
        subscribers.computeIfAbsent(runId, id -> new CopyOnWriteArrayList<>()).add(subscriber);
        emitter.onCompletion(() -> remove(subscriber));
        emitter.onTimeout(() -> subscriber.offer(END));
        emitter.onError(error -> subscriber.offer(END));
        Thread.ofVirtual().name("backup-run-" + runId + "-events").start(subscriber::drain);
        Optional<RunReport> report = snapshot.get();
        if (report.isEmpty()) {
            subscriber.offer(END);
            return emitter;
        }
        subscriber.offer(new Event("snapshot", report.get()));
        if (report.get().status() != RunStatus.RUNNING) {
            subscriber.offer(new Event("finished", summary(report.get())));
            subscriber.offer(END);
        }
        return emitter;
    }

    void deviceDone(long runId, DeviceResult result) {
        for (Subscriber subscriber : subscribers.getOrDefault(runId, List.of())) {
            if (subscriber.visibility.canSee(result.nocId())) {
                subscriber.offer(new Event("device", result));
            }
        }
    }

    /** The run ended: each subscriber gets the run as he may see it, then his stream ends. */
    void finished(long runId, Function<RunVisibility, Optional<RunReport>> reportFor) {
        for (Subscriber subscriber : subscribers.getOrDefault(runId, List.of())) {
            reportFor
                    .apply(subscriber.visibility)
                    .ifPresent(report -> subscriber.offer(new Event("finished", summary(report))));
            subscriber.offer(END);
        }
    }

    int subscribers(long runId) {
        return subscribers.getOrDefault(runId, List.of()).size();
    }

    private void remove(Subscriber subscriber) {
        subscribers.computeIfPresent(subscriber.runId, (id, list) -> {
            list.remove(subscriber);
            return list.isEmpty() ? null : list;
        });
    }

    private static RunReport summary(RunReport run) {
        return new RunReport(
                run.id(),
                run.target(),
                run.startedBy(),
                run.status(),
                run.startedAt(),
                run.finishedAt(),
                run.total(),
                run.stored(),
                run.unchanged(),
                run.failed(),
                run.skipped(),
                List.of());
    }
}
