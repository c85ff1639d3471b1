package io.nocvault.inventory.api;

import io.nocvault.inventory.internal.DeviceCommand;
import java.util.List;
import java.util.Set;

/**
 * The JSON body of creating or updating a device. On update an absent or empty {@code password} or
 * {@code enableSecret} keeps the stored one; absent {@code enabled} counts as true, absent {@code port} as 22.
 * Timeouts are seconds ({@code null}: the device type's).
 */
record DeviceRequest(
        String hostname,
        String address,
        Integer port,
        Long nocId,
        String deviceType,
        String username,
        String password,
        String enableSecret,
        List<String> tags,
        String description,
        Boolean enabled,
        Integer connectTimeout,
        Integer loginTimeout,
        Integer commandTimeout) {

    DeviceCommand toCommand() {
        return new DeviceCommand(
                hostname,
                address,
                port,
                nocId,
                deviceType,
                username,
                password,
                enableSecret,
                tags == null
                        ? Set.of()
                        : Set.copyOf(tags.stream().filter(t -> t != null).toList()),
                description,
                enabled,
                connectTimeout,
                loginTimeout,
                commandTimeout);
    }

    @Override
    public String toString() {
        return "DeviceRequest[" + hostname + "]";
    }
}
