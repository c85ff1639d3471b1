package io.nocvault.reporting.internal;

import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Backup outcomes on their way into {@link BackupDays}: a run's device threads add them after their commit, and one
 * background writer adds the sums every half second (and when the application stops), one transaction per day and
 * NOC. The device threads thus never take a second database connection while their committed one is still bound,
 * which 64 of them at once would exhaust the pool with. The counters are statistics: a crash loses at most the last
 * half second's counts, never a run's own records.
 */
@Component
class BackupDayTally {

    private static final Logger log = LoggerFactory.getLogger(BackupDayTally.class);
    private static final long WRITE_EVERY_MILLIS = 500;

    private record Key(LocalDate day, long nocId) {}

    private final BackupDays days;
    private final ScheduledExecutorService writer;
    private Map<Key, long[]> pending = new HashMap<>();

    BackupDayTally(BackupDays days) {
        this.days = days;
        this.writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "backup-day-tally");
            thread.setDaemon(true);
            return thread;
        });
        writer.scheduleWithFixedDelay(this::write, WRITE_EVERY_MILLIS, WRITE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    void add(LocalDate day, long nocId, boolean succeeded) {
        synchronized (this) {
            pending.computeIfAbsent(new Key(day, nocId), key -> new long[2])[succeeded ? 0 : 1]++;
        }
    }

    /** Writes what has been added so far; sums that cannot be written are kept for the next attempt. */
    void write() {
        Map<Key, long[]> batch;
        synchronized (this) {
            if (pending.isEmpty()) {
                return;
            }
            batch = pending;
            pending = new HashMap<>();
        }
        for (Map.Entry<Key, long[]> entry : batch.entrySet()) {
            Key key = entry.getKey();
            long[] sums = entry.getValue();
            try {
                days.add(key.day(), key.nocId(), sums[0], sums[1]);
            } catch (RuntimeException e) {
                log.warn("Backup counters of {} not written yet: {}", key.day(), e.toString());
                synchronized (this) {
                    long[] kept = pending.computeIfAbsent(key, k -> new long[2]);
                    kept[0] += sums[0];
                    kept[1] += sums[1];
                }
            }
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        writer.shutdown();
        writer.awaitTermination(5, TimeUnit.SECONDS);
        write();
    }
}
