package io.nocvault.backup.run;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.nocvault.backup.DeviceOutcome;
import io.nocvault.backup.RunStatus;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/**
 * Metrics of backup runs: {@code nocvault.backup.device.backups} (counter by outcome, NOC id and device type),
 * {@code nocvault.backup.device.duration} (timer with histogram, by outcome and device type),
 * {@code nocvault.backup.runs} (counter by final status) and {@code nocvault.backup.runs.active} (gauge). The
 * store's own gauges (bytes, free bytes, versions) are registered by the store.
 */
@Component
class RunMetrics {

    private final MeterRegistry registry;
    private final AtomicInteger active = new AtomicInteger();

    RunMetrics(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("nocvault.backup.runs.active", active, AtomicInteger::get)
                .description("Backup runs in progress on this node")
                .register(registry);
    }

    void runStarted() {
        active.incrementAndGet();
    }

    void runEnded(RunStatus status) {
        active.decrementAndGet();
        Counter.builder("nocvault.backup.runs")
                .description("Backup runs that ended, by status")
                .tag("status", status.name().toLowerCase())
                .register(registry)
                .increment();
    }

    void deviceDone(PlannedDevice device, DeviceOutcome outcome, Duration took) {
        String result = outcome.name().toLowerCase();
        Counter.builder("nocvault.backup.device.backups")
                .description("Device backups by outcome, NOC and device type")
                .tag("outcome", result)
                .tag("noc", String.valueOf(device.nocId()))
                .tag("device_type", device.deviceType())
                .register(registry)
                .increment();
        if (took != null) {
            Timer.builder("nocvault.backup.device.duration")
                    .description("Time to back up one device, every attempt included")
                    .tag("outcome", result)
                    .tag("device_type", device.deviceType())
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(took);
        }
    }
}
