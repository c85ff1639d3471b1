package io.nocvault.inventory;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A device was added to the inventory (by a user, the API, a CSV import or the demo lab). */
public record DeviceCreated(long deviceId, Long nocId, String hostname, String deviceType, Origin origin)
        implements AuditableEvent {

    @Override
    public String action() {
        return "device.created";
    }

    @Override
    public String target() {
        return "device " + hostname;
    }
}
