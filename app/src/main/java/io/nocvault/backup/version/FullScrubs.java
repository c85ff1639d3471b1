package io.nocvault.backup.version;

import io.nocvault.backup.ScrubReport;
import io.nocvault.backup.Scrubber;
import io.nocvault.backup.StoreScrubStarted;
import io.nocvault.common.ConflictException;
import io.nocvault.common.Origin;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * "Verify the whole store" on demand: {@link Scrubber#scrubAll()} in the background, one at a time on this node,
 * with the state of the latest one (running, or its report). A corrupt version raises its own alert as in the
 * nightly scrub.
 */
@Component
class FullScrubs {

    private static final Logger log = LoggerFactory.getLogger(FullScrubs.class);

    /** The latest full scrub: counts once it finished; {@code error} when it stopped on one. */
    record State(
            boolean running,
            Instant startedAt,
            Instant finishedAt,
            Integer checked,
            Integer ok,
            List<Long> corruptVersionIds,
            String error) {}

    private final Scrubber scrubber;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AtomicReference<State> latest = new AtomicReference<>();

    FullScrubs(Scrubber scrubber, ApplicationEventPublisher events, Clock clock) {
        this.scrubber = scrubber;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a full scrub; 409 while one runs. */
    State start(Origin origin) {
        State started = new State(true, clock.instant(), null, null, null, List.of(), null);
        State before = latest.get();
        if ((before != null && before.running()) || !latest.compareAndSet(before, started)) {
            throw new ConflictException(null, "A verification of the whole store is already running");
        }
        events.publishEvent(new StoreScrubStarted(origin));
        Thread.ofVirtual().name("full-scrub").start(() -> run(started));
        return started;
    }

    /** The latest full scrub since this node started, if any. */
    State latest() {
        return latest.get();
    }

    private void run(State started) {
        try {
            ScrubReport report = scrubber.scrubAll();
            latest.set(new State(
                    false,
                    started.startedAt(),
                    clock.instant(),
                    report.checked(),
                    report.ok(),
                    report.corruptVersionIds(),
                    null));
            log.info("Verified the whole store: {} versions, {} corrupt", report.checked(), report.corrupt());
        } catch (RuntimeException e) {
            log.warn("The verification of the whole store stopped", e);
            latest.set(new State(
                    false,
                    started.startedAt(),
                    clock.instant(),
                    null,
                    null,
                    List.of(),
                    e.getClass().getSimpleName()));
        }
    }
}
