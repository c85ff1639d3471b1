package io.nocvault.notify.internal;

import io.nocvault.notify.AlertTexts;
import io.nocvault.notify.Alerts;
import io.nocvault.transport.HostKeyChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A changed host key is a SECURITY alert with the pinned and the presented fingerprint. */
@Component
class HostKeyAlertListener {

    private final Alerts alerts;

    HostKeyAlertListener(Alerts alerts) {
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(HostKeyChanged event) {
        alerts.raise(AlertTexts.hostKeyChanged(
                event.subject(),
                event.nocId(),
                event.label(),
                event.pinnedFingerprint(),
                event.presentedFingerprint()));
    }
}
