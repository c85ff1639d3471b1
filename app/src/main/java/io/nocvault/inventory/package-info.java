/**
 * Inventory: the devices of every NOC (hostname, address, port, device type, credentials, tags), their
 * reachability (ping) and their last backup status.
 *
 * <p>API for other modules: {@link io.nocvault.inventory.DeviceDirectory} (scoped reads, the {@code DeviceAccess}
 * a backup needs, recording backup results), {@link io.nocvault.inventory.DeviceProvisioning} (creating devices
 * without a request, e.g. the demo lab), {@link io.nocvault.inventory.DevicePinger} (ping tests, used by the
 * schedule module) and the events {@link io.nocvault.inventory.DeviceDeleted} and
 * {@link io.nocvault.inventory.DeviceReachabilityChanged}.
 */
@ApplicationModule(
        displayName = "Inventory",
        allowedDependencies = {"common", "secrets", "identity", "noc", "drivers", "transport"})
package io.nocvault.inventory;

import org.springframework.modulith.ApplicationModule;
