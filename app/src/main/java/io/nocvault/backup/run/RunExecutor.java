package io.nocvault.backup.run;

import io.nocvault.common.Origin;
import io.nocvault.noc.NocDirectory;
import io.nocvault.transport.SshConnector;
import io.nocvault.transport.TransportTimeouts;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs backup runs in the background: one virtual thread per device, at most {@code nocvault.backup.run.concurrency}
 * devices at once on this node and {@code per-noc} of one NOC (slots shared by every run), the device time limit,
 * cancelling, and the end of a run ({@link RunFinisher}).
 */
@Component
class RunExecutor {

    private static final Logger log = LoggerFactory.getLogger(RunExecutor.class);
    private static final long REPEAT_INTERRUPT_MILLIS = 250;

    private final DeviceBackup backup;
    private final DeviceResults results;
    private final RunFinisher finisher;
    private final NocDirectory nocs;
    private final SshConnector connector;
    private final TransportTimeouts timeouts;
    private final RunProperties properties;
    private final Clock clock;
    private final Semaphore global;
    private final Map<Long, Semaphore> perNoc = new ConcurrentHashMap<>();
    private final Map<Long, RunExecution> executions = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor timer = timer();

    RunExecutor(
            DeviceBackup backup,
            DeviceResults results,
            RunFinisher finisher,
            NocDirectory nocs,
            SshConnector connector,
            TransportTimeouts timeouts,
            RunProperties properties,
            Clock clock) {
        this.backup = backup;
        this.results = results;
        this.finisher = finisher;
        this.nocs = nocs;
        this.connector = connector;
        this.timeouts = timeouts;
        this.properties = properties;
        this.clock = clock;
        this.global = new Semaphore(properties.concurrency(), true);
        // a cancelled run's devices are interrupted again until they stop: an interrupt that arrives while a
        // library swallows it (a DNS lookup, a socket call) must not leave the device running to its timeout
        timer.scheduleWithFixedDelay(
                this::interruptCancelled, REPEAT_INTERRUPT_MILLIS, REPEAT_INTERRUPT_MILLIS, TimeUnit.MILLISECONDS);
    }

    private void interruptCancelled() {
        for (RunExecution run : executions.values()) {
            if (run.cancelled()) {
                run.cancel();
            }
        }
    }

    /** Starts the run's devices in the background and returns at once. */
    void launch(long runId, List<PlannedDevice> devices, Origin origin) {
        RunExecution run = new RunExecution(runId, origin, new JumpSessions(nocs, connector, timeouts));
        executions.put(runId, run);
        finisher.started();
        Thread.ofVirtual().name("backup-run-" + runId).start(() -> coordinate(run, devices));
    }

    Optional<RunExecution> execution(long runId) {
        return Optional.ofNullable(executions.get(runId));
    }

    private void coordinate(RunExecution run, List<PlannedDevice> devices) {
        try (JumpSessions jumps = run.jumps();
                ExecutorService pool = Executors.newThreadPerTaskExecutor(Thread.ofVirtual()
                        .name("backup-run-" + run.runId() + "-device-", 0)
                        .factory())) {
            for (PlannedDevice device : devices) {
                pool.execute(() -> runDevice(run, device));
            }
        } catch (RuntimeException e) {
            log.error("Backup run {} failed", run.runId(), e);
        } finally {
            try {
                finisher.finish(run);
            } finally {
                executions.remove(run.runId());
            }
        }
    }

    private void runDevice(RunExecution run, PlannedDevice device) {
        DeviceWork work = new DeviceWork(Thread.currentThread());
        run.started(work);
        DeviceBackup.Result result;
        try {
            result = withSlots(run, device, work);
        } catch (RuntimeException e) {
            log.error("Backup of device {} in run {} failed", device.deviceId(), run.runId(), e);
            result = DeviceBackup.Result.failed("INTERNAL", null, "Unexpected error", 0, clock.instant());
        } finally {
            work.enter(DeviceWork.Phase.DONE);
            run.ended(work);
        }
        try {
            results.record(run, device, result, Duration.ofNanos(result.durationNanos()));
        } catch (RuntimeException e) {
            log.error("Recording the result of device {} in run {} failed", device.deviceId(), run.runId(), e);
        }
    }

    private DeviceBackup.Result withSlots(RunExecution run, PlannedDevice device, DeviceWork work) {
        Semaphore noc = perNoc.computeIfAbsent(device.nocId(), id -> new Semaphore(properties.perNoc(), true));
        if (!acquire(noc)) {
            return notStarted();
        }
        try {
            if (!acquire(global)) {
                return notStarted();
            }
            try {
                if (run.cancelled()) {
                    return notStarted();
                }
                long start = System.nanoTime();
                ScheduledFuture<?> limit = timer.scheduleWithFixedDelay(
                        work::timeUp,
                        properties.deviceTimeLimit().toMillis(),
                        REPEAT_INTERRUPT_MILLIS,
                        TimeUnit.MILLISECONDS);
                try {
                    return backup.backup(device, run.runId(), run, work).took(System.nanoTime() - start);
                } finally {
                    limit.cancel(false);
                }
            } finally {
                global.release();
            }
        } finally {
            noc.release();
        }
    }

    /**
     * The timer of the device time limits. A device's limit is cancelled when the device ends, and a cancelled
     * limit leaves the queue at once: otherwise each one would keep its device (and what that device's thread
     * still reaches) alive for the whole time limit after the device ended.
     */
    private static ScheduledThreadPoolExecutor timer() {
        ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(
                1, Thread.ofPlatform().name("backup-time-limit").daemon().factory());
        timer.setRemoveOnCancelPolicy(true);
        return timer;
    }

    /** The device time limits waiting in the timer (the repeating interrupt of cancelled runs not counted). */
    int timeLimitsWaiting() {
        return timer.getQueue().size() - 1;
    }

    private DeviceBackup.Result notStarted() {
        return DeviceBackup.Result.skipped("Run cancelled before the device was started", 0, clock.instant());
    }

    private static boolean acquire(Semaphore semaphore) {
        try {
            semaphore.acquire();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Cancels the run on this node; false when it does not run here. */
    boolean cancel(long runId) {
        RunExecution run = executions.get(runId);
        if (run == null) {
            return false;
        }
        run.cancel();
        return true;
    }

    /**
     * NocVault stops: running runs are stopped like a cancel and end as {@code INTERRUPTED}; waits a little for them
     * to record that (a run that cannot is marked at the next start).
     */
    @PreDestroy
    void stop() {
        executions.values().forEach(RunExecution::shutdown);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!executions.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        timer.shutdownNow();
    }
}
