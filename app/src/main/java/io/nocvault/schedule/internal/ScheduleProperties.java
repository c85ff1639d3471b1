package io.nocvault.schedule.internal;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code nocvault.schedule.*}: how db-scheduler runs.
 *
 * @param pollInterval how often each node looks for due executions (a schedule fires at most this late)
 * @param threads executions at once per node (a backup firing only starts a run, so few are needed)
 * @param zone the time zone of schedules that name none; blank: the server's zone
 * @param shutdownWait how long stopping waits for running executions
 */
@ConfigurationProperties("nocvault.schedule")
public record ScheduleProperties(Duration pollInterval, Integer threads, String zone, Duration shutdownWait) {

    public ScheduleProperties {
        pollInterval = pollInterval == null || pollInterval.isZero() ? Duration.ofSeconds(10) : pollInterval;
        threads = threads == null || threads < 1 ? 4 : threads;
        shutdownWait = shutdownWait == null ? Duration.ofSeconds(30) : shutdownWait;
    }

    public ZoneId defaultZone() {
        return zone == null || zone.isBlank() ? ZoneId.systemDefault() : ZoneId.of(zone.strip());
    }
}
