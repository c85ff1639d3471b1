package io.nocvault.inventory;

import java.util.Set;

/**
 * A device to create. Secrets are plain here and encrypted when stored.
 *
 * @param deviceType the device type's key, e.g. {@code cisco_ios}
 * @param enableSecret may be {@code null} when the platform needs none
 */
public record NewDevice(
        String hostname,
        String address,
        int port,
        long nocId,
        String deviceType,
        String username,
        String password,
        String enableSecret,
        Set<String> tags,
        String description,
        boolean enabled) {

    public NewDevice {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** Hides the secrets from logs and exception texts. */
    @Override
    public String toString() {
        return "NewDevice[" + hostname + " " + address + ":" + port + " noc " + nocId + " " + deviceType + "]";
    }
}
