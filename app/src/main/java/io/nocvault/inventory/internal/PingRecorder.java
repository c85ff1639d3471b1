package io.nocvault.inventory.internal;

import io.nocvault.inventory.DeviceReachabilityChanged;
import io.nocvault.inventory.Reachability;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes what a ping test found, in one transaction, and publishes {@link DeviceReachabilityChanged} for each
 * device whose state changed (not for a first ping: there was no state before).
 */
@Component
class PingRecorder {

    private final DeviceStore store;
    private final ApplicationEventPublisher events;

    PingRecorder(DeviceStore store, ApplicationEventPublisher events) {
        this.store = store;
        this.events = events;
    }

    /** Answers how many devices changed state. */
    @Transactional
    int record(Collection<DeviceRow> devices, Set<PingTarget> reachable, Instant now) {
        int changed = 0;
        for (DeviceRow device : devices) {
            boolean up = reachable.contains(new PingTarget(device.address(), device.port()));
            Reachability current = up ? Reachability.ACTIVE : Reachability.INACTIVE;
            store.recordPing(device.id(), current, up ? now : null);
            Reachability previous = device.reachability();
            if (previous != Reachability.UNKNOWN && previous != current) {
                events.publishEvent(new DeviceReachabilityChanged(
                        device.id(), device.nocId(), device.hostname(), device.address(), previous, current, now));
                changed++;
            }
        }
        return changed;
    }
}
