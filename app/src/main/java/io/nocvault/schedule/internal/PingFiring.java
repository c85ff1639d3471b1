package io.nocvault.schedule.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import io.nocvault.inventory.DevicePinger;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The scheduled ping test ({@code nocvault.inventory.ping.interval}, 0 = off): pings every enabled device through
 * the inventory module, on one node, then waits the interval again.
 */
@Component
class PingFiring {

    private static final Logger log = LoggerFactory.getLogger(PingFiring.class);

    private final ObjectProvider<DevicePinger> pinger;
    private final Clock clock;
    private final Duration interval;

    PingFiring(
            ObjectProvider<DevicePinger> pinger,
            Clock clock,
            @Value("${nocvault.inventory.ping.interval:5m}") Duration interval) {
        this.pinger = pinger;
        this.clock = clock;
        this.interval = interval;
    }

    CompletionHandler<Void> execute(TaskInstance<Void> instance, ExecutionContext context) {
        if (interval.isZero() || interval.isNegative()) {
            return (complete, operations) -> operations.remove();
        }
        DevicePinger devices = pinger.getIfAvailable();
        if (devices == null) {
            log.warn("Scheduled ping test skipped: device pinger unavailable");
        } else {
            try {
                DevicePinger.PingReport report = devices.pingAll();
                log.info(
                        "Scheduled ping test: {} of {} devices reachable, {} changed, {} ms",
                        report.reachable(),
                        report.pinged(),
                        report.changed(),
                        report.millis());
            } catch (RuntimeException e) {
                log.warn("Scheduled ping test failed", e);
            }
        }
        return (complete, operations) ->
                operations.reschedule(complete, clock.instant().plus(interval));
    }
}
