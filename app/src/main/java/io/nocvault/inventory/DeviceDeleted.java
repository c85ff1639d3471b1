package io.nocvault.inventory;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/** A device was deleted; other modules drop what they keep for it (versions, host key pins). */
public record DeviceDeleted(long deviceId, Long nocId, String hostname, Origin origin) implements AuditableEvent {

    @Override
    public String action() {
        return "device.deleted";
    }

    @Override
    public String target() {
        return "device " + hostname;
    }
}
