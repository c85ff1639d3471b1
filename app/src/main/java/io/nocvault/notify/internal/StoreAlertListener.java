package io.nocvault.notify.internal;

import io.nocvault.backup.IntegrityFailed;
import io.nocvault.backup.QuotaExceeded;
import io.nocvault.backup.QuotaWarning;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.notify.AlertTexts;
import io.nocvault.notify.Alerts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** The backup store's alerts: quota warning and exceeded, integrity failures. */
@Component
class StoreAlertListener {

    private final Alerts alerts;
    private final DeviceDirectory devices;

    StoreAlertListener(Alerts alerts, DeviceDirectory devices) {
        this.alerts = alerts;
        this.devices = devices;
    }

    @ApplicationModuleListener
    void on(QuotaWarning event) {
        alerts.raise(AlertTexts.quotaWarning(event.usedBytes(), event.limitBytes(), event.warnPercent())
                .withOccurredAt(event.at()));
    }

    @ApplicationModuleListener
    void on(QuotaExceeded event) {
        alerts.raise(
                AlertTexts.quotaExceeded(event.usedBytes(), event.limitBytes()).withOccurredAt(event.at()));
    }

    @ApplicationModuleListener
    void on(IntegrityFailed event) {
        String name =
                devices.find(event.deviceId()).map(DeviceSummary::hostname).orElse("device #" + event.deviceId());
        alerts.raise(AlertTexts.integrityFailed(event.versionId(), name, event.nocId(), event.problem())
                .withOccurredAt(event.at()));
    }
}
