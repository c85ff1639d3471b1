package io.nocvault.inventory.internal;

import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.Reachability;
import java.time.Instant;
import java.util.Set;

/** One row of {@code devices} with its tags; the secrets stay sealed. */
record DeviceRow(
        long id,
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
        Reachability reachability,
        Instant lastSeen,
        BackupStatus lastBackupStatus,
        Instant lastBackupAt,
        String lastBackupError,
        Long connectTimeoutMillis,
        Long loginTimeoutMillis,
        Long commandTimeoutMillis,
        Instant createdAt,
        Instant updatedAt) {

    DeviceRow withTags(Set<String> other) {
        return new DeviceRow(
                id,
                nocId,
                hostname,
                address,
                port,
                deviceType,
                username,
                passwordSealed,
                enableSecretSealed,
                other,
                description,
                enabled,
                reachability,
                lastSeen,
                lastBackupStatus,
                lastBackupAt,
                lastBackupError,
                connectTimeoutMillis,
                loginTimeoutMillis,
                commandTimeoutMillis,
                createdAt,
                updatedAt);
    }

    DeviceSummary summary() {
        return new DeviceSummary(
                id,
                nocId,
                hostname,
                address,
                port,
                deviceType,
                tags,
                description,
                enabled,
                reachability,
                lastSeen,
                lastBackupStatus,
                lastBackupAt,
                lastBackupError);
    }
}
