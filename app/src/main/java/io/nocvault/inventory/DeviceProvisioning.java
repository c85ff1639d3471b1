package io.nocvault.inventory;

import io.nocvault.common.Origin;

/**
 * Creates devices with the same validation as the UI and API (duplicates, device type, address), for work that has
 * no request, such as the demo lab. Publishes {@code DeviceCreated} with the given origin.
 */
public interface DeviceProvisioning {

    /**
     * Creates the device and answers it.
     *
     * @throws io.nocvault.common.ConflictException for a duplicate hostname, or address and port, in the NOC
     * @throws IllegalArgumentException for invalid fields (the message names the field)
     */
    DeviceSummary create(NewDevice device, Origin origin);
}
