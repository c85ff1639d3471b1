package io.nocvault.inventory.internal;

import java.util.Set;

/** What is written to a {@code devices} row: validated, normalized, secrets sealed. */
record StoredDevice(
        long nocId,
        String hostname,
        String address,
        int port,
        String deviceType,
        String username,
        String passwordSealed,
        String enableSecretSealed,
        Set<String> tags,
        String description,
        boolean enabled,
        Long connectTimeoutMillis,
        Long loginTimeoutMillis,
        Long commandTimeoutMillis) {

    @Override
    public String toString() {
        return "StoredDevice[" + hostname + " " + address + ":" + port + " noc " + nocId + "]";
    }
}
