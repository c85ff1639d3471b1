package io.nocvault.inventory.internal;

import io.nocvault.common.Origin;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.NewDevice;
import org.springframework.stereotype.Component;

/** {@link DeviceProvisioning} through {@link DeviceService}: the same validation, duplicates and events. */
@Component
class InventoryProvisioning implements DeviceProvisioning {

    private final DeviceService service;

    InventoryProvisioning(DeviceService service) {
        this.service = service;
    }

    @Override
    public DeviceSummary create(NewDevice d, Origin origin) {
        DeviceCommand command = new DeviceCommand(
                d.hostname(),
                d.address(),
                d.port(),
                d.nocId(),
                d.deviceType(),
                d.username(),
                d.password(),
                d.enableSecret(),
                d.tags(),
                d.description(),
                d.enabled(),
                null,
                null,
                null);
        return service.create(command, origin).summary();
    }
}
