package io.nocvault.transport;

import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.Driver;
import java.util.Map;

/**
 * Everything needed to drive one device: where and how to log in over SSH, the driver, the in-band login and
 * enable secret, the effective timeouts and the driver variables of this device (e.g. the files a Linux host
 * captures).
 *
 * @param timeouts the device's effective timeouts, for the SSH connection and the CLI dialog alike: build them with
 *     {@code TransportTimeouts.resolve(global, TimeoutOverride.declaredBy(driver), deviceOverride)}
 */
public record DeviceAccess(
        SshEndpoint endpoint, Driver driver, DeviceLogin login, TransportTimeouts timeouts, Map<String, String> vars) {

    public DeviceAccess {
        vars = vars == null ? Map.of() : Map.copyOf(vars);
    }
}
