package io.nocvault.inventory;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A device was changed. {@code detail} names the changed fields (e.g. {@code changed address, password}), never
 * their values.
 */
public record DeviceUpdated(long deviceId, Long nocId, String hostname, String detail, Origin origin)
        implements AuditableEvent {

    @Override
    public String action() {
        return "device.updated";
    }

    @Override
    public String target() {
        return "device " + hostname;
    }
}
