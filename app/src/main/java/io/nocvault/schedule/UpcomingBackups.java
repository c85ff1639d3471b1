package io.nocvault.schedule;

import java.time.Instant;
import java.util.Optional;

/** The next backups the schedules will start. */
public interface UpcomingBackups {

    /** The enabled schedule that fires next, if any. */
    Optional<UpcomingBackup> next();

    /**
     * A schedule's next firing.
     *
     * @param target how the schedule's target reads, e.g. {@code all devices} or {@code tags core}
     */
    record UpcomingBackup(long scheduleId, String name, Instant at, String target) {}
}
