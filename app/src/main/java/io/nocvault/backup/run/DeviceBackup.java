package io.nocvault.backup.run;

import io.nocvault.backup.DeviceOutcome;
import io.nocvault.backup.QuotaExceededException;
import io.nocvault.backup.StoreOutcome;
import io.nocvault.backup.VersionStore;
import io.nocvault.common.NotFoundException;
import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.CaptureResult;
import io.nocvault.drivers.ConfigNormalizer;
import io.nocvault.drivers.FailureKind;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.transport.DeviceAccess;
import io.nocvault.transport.DeviceCli;
import io.nocvault.transport.JumpTunnel;
import io.nocvault.transport.StepListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The pipeline for one device: capture over SSH (the driver's end-of-config check rejects a truncated capture),
 * normalize, record in the store (which compares the normalized hash with the latest version). Connection
 * failures are tried again with a doubling backoff; nothing is stored unless a whole capture succeeded.
 */
@Component
class DeviceBackup {

    private static final Logger log = LoggerFactory.getLogger(DeviceBackup.class);

    /** Failures of the connection, which a later attempt may not meet. */
    static final Set<FailureKind> RETRIED = EnumSet.of(
            FailureKind.DNS, FailureKind.TCP_CONNECT, FailureKind.SSH_HANDSHAKE, FailureKind.CONNECTION_LOST);

    private final DeviceDirectory directory;
    private final DeviceCli cli;
    private final ConfigNormalizer normalizer;
    private final VersionStore store;
    private final RunProperties properties;
    private final Clock clock;

    DeviceBackup(
            DeviceDirectory directory,
            DeviceCli cli,
            ConfigNormalizer normalizer,
            VersionStore store,
            RunProperties properties,
            Clock clock) {
        this.directory = directory;
        this.cli = cli;
        this.normalizer = normalizer;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** What backing up one device came to. {@code previousVersionId} is set for a changed configuration. */
    record Result(
            DeviceOutcome outcome,
            String failureKind,
            String step,
            String error,
            int attempts,
            Long versionId,
            Long previousVersionId,
            int added,
            int removed,
            Instant at,
            long durationNanos) {

        static Result failed(String kind, String step, String error, int attempts, Instant at) {
            return new Result(DeviceOutcome.FAILED, kind, step, error, attempts, null, null, 0, 0, at, 0);
        }

        static Result skipped(String why, int attempts, Instant at) {
            return new Result(DeviceOutcome.SKIPPED, null, null, why, attempts, null, null, 0, 0, at, 0);
        }

        Result took(long nanos) {
            return new Result(
                    outcome,
                    failureKind,
                    step,
                    error,
                    attempts,
                    versionId,
                    previousVersionId,
                    added,
                    removed,
                    at,
                    nanos);
        }
    }

    /** Backs up the device in this run; never throws. */
    Result backup(PlannedDevice device, long runId, RunExecution run, DeviceWork work) {
        int attempt = 0;
        while (true) {
            attempt++;
            work.enter(DeviceWork.Phase.CAPTURING);
            Captured captured;
            try {
                captured = capture(device, run.jumps().tunnel(device.nocId()));
            } catch (CaptureException e) {
                Result stop = stopped(run, work, attempt, e.step());
                if (stop != null) {
                    return stop;
                }
                if (!RETRIED.contains(e.kind()) || attempt >= properties.attempts()) {
                    return Result.failed(e.kind().name(), e.step(), e.getMessage(), attempt, clock.instant());
                }
                if (!pause(properties.backoffBefore(attempt + 1))) {
                    Result late = stopped(run, work, attempt, e.step());
                    return late != null ? late : Result.skipped("interrupted", attempt, clock.instant());
                }
                continue;
            } catch (NotFoundException e) {
                return Result.failed("NOT_FOUND", null, "The device no longer exists", attempt, clock.instant());
            } catch (RuntimeException e) {
                log.warn("Backup of device {} failed unexpectedly", device.deviceId(), e);
                return Result.failed(
                        "INTERNAL",
                        null,
                        "Unexpected error: " + e.getClass().getSimpleName(),
                        attempt,
                        clock.instant());
            }
            work.enter(DeviceWork.Phase.STORING);
            return store(device, runId, captured, attempt);
        }
    }

    private record Captured(String raw, String normalized) {}

    private Captured capture(PlannedDevice device, JumpTunnel via) {
        DeviceAccess access = directory.access(device.deviceId());
        CaptureResult result = cli.capture(access, via, StepListener.NONE);
        String raw = result.config();
        if (raw == null) {
            throw new CaptureException(FailureKind.TRUNCATED_CONFIG, "config", "the driver captured no configuration");
        }
        return new Captured(raw, normalizer.normalize(access.driver(), raw));
    }

    private Result store(PlannedDevice device, long runId, Captured captured, int attempts) {
        Instant at = clock.instant();
        try {
            StoreOutcome outcome =
                    store.record(device.deviceId(), device.nocId(), captured.raw(), captured.normalized(), runId, at);
            DeviceOutcome kind = outcome.isNew() ? DeviceOutcome.STORED : DeviceOutcome.UNCHANGED;
            return new Result(
                    kind,
                    null,
                    null,
                    null,
                    attempts,
                    outcome.version().id(),
                    outcome.previousVersionId(),
                    outcome.added(),
                    outcome.removed(),
                    at,
                    0);
        } catch (QuotaExceededException e) {
            return Result.failed("QUOTA", "store", e.getMessage(), attempts, at);
        } catch (RuntimeException e) {
            log.warn("Storing the configuration of device {} failed", device.deviceId(), e);
            return Result.failed(
                    "STORE",
                    "store",
                    "Storing the configuration failed: " + e.getClass().getSimpleName(),
                    attempts,
                    at);
        }
    }

    /** The result when the run was cancelled or the time limit passed, else null. */
    private Result stopped(RunExecution run, DeviceWork work, int attempts, String step) {
        if (work.timedOut()) {
            return Result.failed(
                    FailureKind.TIMEOUT.name(),
                    step,
                    "Device time limit of " + RunExecution.text(properties.deviceTimeLimit()) + " exceeded",
                    attempts,
                    clock.instant());
        }
        if (run.cancelled()) {
            return Result.skipped("Run cancelled while the device was being backed up", attempts, clock.instant());
        }
        return null;
    }

    private static boolean pause(Duration wait) {
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
