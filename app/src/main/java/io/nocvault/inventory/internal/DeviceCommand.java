package io.nocvault.inventory.internal;

import java.util.Set;

/**
 * What a user, the API or a CSV row asks a device to be. On update a {@code null} or empty password or enable
 * secret keeps the stored one. Timeouts are seconds, {@code null} inherits from the device type.
 */
public record DeviceCommand(
        String hostname,
        String address,
        Integer port,
        Long nocId,
        String deviceType,
        String username,
        String password,
        String enableSecret,
        Set<String> tags,
        String description,
        Boolean enabled,
        Integer connectTimeout,
        Integer loginTimeout,
        Integer commandTimeout) {

    public DeviceCommand {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }

    /** Hides the secrets from logs and exception texts. */
    @Override
    public String toString() {
        return "DeviceCommand[" + hostname + " " + address + ":" + port + " noc " + nocId + " " + deviceType + "]";
    }
}
