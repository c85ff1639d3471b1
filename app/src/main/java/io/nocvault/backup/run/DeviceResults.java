package io.nocvault.backup.run;

import io.nocvault.backup.BackupFailed;
import io.nocvault.backup.BackupSucceeded;
import io.nocvault.backup.ConfigChanged;
import io.nocvault.backup.DeviceOutcome;
import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceDirectory;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes a device's result known: the run's row, the device's last backup status in the inventory, the events
 * ({@link BackupSucceeded}, {@link ConfigChanged}, {@link BackupFailed}), the metrics and the live progress.
 */
@Component
class DeviceResults {

    private static final Logger log = LoggerFactory.getLogger(DeviceResults.class);

    private final RunRows rows;
    private final DeviceDirectory directory;
    private final ApplicationEventPublisher events;
    private final RunMetrics metrics;
    private final RunProgress progress;
    private final TransactionTemplate transaction;

    DeviceResults(
            RunRows rows,
            DeviceDirectory directory,
            ApplicationEventPublisher events,
            RunMetrics metrics,
            RunProgress progress,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.directory = directory;
        this.events = events;
        this.metrics = metrics;
        this.progress = progress;
        this.transaction = new TransactionTemplate(transactions);
    }

    void record(RunExecution run, PlannedDevice device, DeviceBackup.Result result, Duration took) {
        long runId = run.runId();
        Long millis = result.outcome() == DeviceOutcome.SKIPPED && result.attempts() == 0 ? null : took.toMillis();
        switch (result.outcome()) {
            case STORED, UNCHANGED -> updateInventory(device, BackupStatus.SUCCESS, result, null);
            case FAILED -> updateInventory(device, BackupStatus.FAILED, result, result.error());
            default -> {
                // skipped: the device's last backup status stays as it was
            }
        }
        RunRows.Finished finished = new RunRows.Finished(
                result.outcome(),
                result.failureKind(),
                result.step(),
                result.error(),
                result.attempts(),
                millis,
                result.versionId(),
                result.at());
        // the row and the events commit together: listeners of the events run after the commit
        transaction.executeWithoutResult(status -> {
            rows.finishDevice(runId, device.deviceId(), finished);
            switch (result.outcome()) {
                case STORED, UNCHANGED -> succeeded(run, device, result);
                case FAILED -> failed(runId, device, result);
                default -> {
                    // skipped: nothing to announce
                }
            }
        });
        metrics.deviceDone(device, result.outcome(), millis == null ? null : took);
        progress.deviceDone(runId, RunRows.recorded(device, finished));
    }

    private void succeeded(RunExecution run, PlannedDevice device, DeviceBackup.Result result) {
        boolean changed = result.outcome() == DeviceOutcome.STORED;
        if (changed) {
            run.storedNewVersion(device.deviceId());
        }
        events.publishEvent(new BackupSucceeded(
                run.runId(),
                device.deviceId(),
                device.nocId(),
                device.hostname(),
                result.versionId(),
                changed,
                result.at()));
        if (changed && result.previousVersionId() != null) {
            events.publishEvent(new ConfigChanged(
                    run.runId(),
                    device.deviceId(),
                    device.nocId(),
                    device.hostname(),
                    result.previousVersionId(),
                    result.versionId(),
                    result.added(),
                    result.removed(),
                    result.at()));
        }
    }

    private void failed(long runId, PlannedDevice device, DeviceBackup.Result result) {
        events.publishEvent(new BackupFailed(
                runId,
                device.deviceId(),
                device.nocId(),
                device.hostname(),
                result.failureKind(),
                result.step(),
                result.error(),
                result.attempts(),
                result.at()));
    }

    private void updateInventory(PlannedDevice device, BackupStatus status, DeviceBackup.Result result, String error) {
        try {
            directory.recordBackup(device.deviceId(), status, result.at(), error);
        } catch (RuntimeException e) {
            // the device may have been deleted meanwhile; the run's own record stands
            log.debug("Could not record the backup status of device {}", device.deviceId(), e);
        }
    }
}
