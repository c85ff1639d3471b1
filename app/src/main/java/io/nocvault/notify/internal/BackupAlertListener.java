package io.nocvault.notify.internal;

import io.nocvault.backup.BackupFailed;
import io.nocvault.backup.BackupRunCancelled;
import io.nocvault.backup.BackupRunFinished;
import io.nocvault.backup.BackupSucceeded;
import io.nocvault.backup.ConfigChanged;
import io.nocvault.common.AfterCommit;
import io.nocvault.notify.Alert;
import io.nocvault.notify.AlertTexts;
import io.nocvault.notify.Alerts;
import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The alerts of a backup run: failures (after retries), recoveries and configuration changes are collected in the
 * run's batch and sent as one summary per recipient and channel when the run ends.
 *
 * <p>A device's events join the batch on the thread that recorded the device, once its transaction committed
 * ({@link AfterCommit}), so they are in the batch before the run can end; the batch is in memory, so the per-device
 * events need no durable publication. The end of the run is a durable module event.
 */
@Component
class BackupAlertListener {

    private final Alerts alerts;

    BackupAlertListener(Alerts alerts) {
        this.alerts = alerts;
    }

    @EventListener
    void on(BackupFailed event) {
        String error = event.step() == null ? event.error() : event.error() + " (" + event.step() + ")";
        raise(
                event.runId(),
                AlertTexts.backupFailed(event.deviceId(), event.hostname(), event.nocId(), event.attempts(), error)
                        .withOccurredAt(event.at()));
    }

    @EventListener
    void on(BackupSucceeded event) {
        raise(
                event.runId(),
                AlertTexts.backupRecovered(event.deviceId(), event.hostname(), event.nocId())
                        .withOccurredAt(event.at()));
    }

    @EventListener
    void on(ConfigChanged event) {
        if (event.previousVersionId() == null) {
            return; // a device's first version is not a change
        }
        String summary = "+" + event.linesAdded() + " -" + event.linesRemoved() + " lines";
        raise(
                event.runId(),
                AlertTexts.configChanged(
                                event.deviceId(),
                                event.hostname(),
                                event.nocId(),
                                event.previousVersionId(),
                                event.versionId(),
                                summary)
                        .withOccurredAt(event.at()));
    }

    @ApplicationModuleListener
    void on(BackupRunFinished event) {
        alerts.flush(batchKey(event.runId()));
    }

    @ApplicationModuleListener
    void on(BackupRunCancelled event) {
        alerts.flush(batchKey(event.runId()));
    }

    private void raise(long runId, Alert alert) {
        AfterCommit.run(() -> alerts.raise(alert.inBatch(batchKey(runId), "Backup run " + runId)));
    }

    static String batchKey(long runId) {
        return "backup-run:" + runId;
    }
}
