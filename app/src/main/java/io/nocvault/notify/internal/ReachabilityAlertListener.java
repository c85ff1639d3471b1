package io.nocvault.notify.internal;

import io.nocvault.inventory.DeviceReachabilityChanged;
import io.nocvault.inventory.Reachability;
import io.nocvault.notify.AlertTexts;
import io.nocvault.notify.Alerts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** A device that stops answering its ping test, or answers again. */
@Component
class ReachabilityAlertListener {

    private final Alerts alerts;

    ReachabilityAlertListener(Alerts alerts) {
        this.alerts = alerts;
    }

    @ApplicationModuleListener
    void on(DeviceReachabilityChanged event) {
        if (event.current() == Reachability.INACTIVE) {
            alerts.raise(AlertTexts.deviceUnreachable(
                            event.deviceId(), event.hostname(), event.nocId(), event.address(), "no answer to ping")
                    .withOccurredAt(event.at()));
        } else if (event.current() == Reachability.ACTIVE) {
            alerts.raise(AlertTexts.deviceReachable(event.deviceId(), event.hostname(), event.nocId(), event.address())
                    .withOccurredAt(event.at()));
        }
    }
}
