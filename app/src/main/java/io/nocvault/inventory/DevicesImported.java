package io.nocvault.inventory;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A CSV import created devices (one event for the whole file, not one per device). {@code nocId} is the NOC when
 * every device went to one NOC, else {@code null}.
 */
public record DevicesImported(int created, Long nocId, String fileName, Origin origin) implements AuditableEvent {

    @Override
    public String action() {
        return "device.imported";
    }

    @Override
    public String target() {
        return created + " devices from " + fileName;
    }
}
