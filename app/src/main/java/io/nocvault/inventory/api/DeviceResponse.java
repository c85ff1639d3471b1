package io.nocvault.inventory.api;

import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceSummary;
import io.nocvault.inventory.Reachability;
import io.nocvault.inventory.internal.DeviceDetails;
import java.time.Instant;
import java.util.List;

/** A device in the API; secrets are write-only: only whether they are set is shown. */
record DeviceResponse(
        long id,
        String hostname,
        String address,
        int port,
        long nocId,
        String nocName,
        String deviceType,
        String username,
        boolean passwordSet,
        boolean enableSecretSet,
        List<String> tags,
        String description,
        boolean enabled,
        Reachability reachability,
        Instant lastSeen,
        BackupStatus lastBackupStatus,
        Instant lastBackupAt,
        String lastBackupError,
        Integer connectTimeout,
        Integer loginTimeout,
        Integer commandTimeout,
        Instant createdAt,
        Instant updatedAt) {

    static DeviceResponse of(DeviceDetails d) {
        DeviceSummary s = d.summary();
        return new DeviceResponse(
                s.id(),
                s.hostname(),
                s.address(),
                s.port(),
                s.nocId(),
                d.nocName(),
                s.deviceType(),
                d.username(),
                d.passwordSet(),
                d.enableSecretSet(),
                s.tags().stream().sorted().toList(),
                s.description(),
                s.enabled(),
                s.reachability(),
                s.lastSeen(),
                s.lastBackupStatus(),
                s.lastBackupAt(),
                s.lastBackupError(),
                d.connectTimeout(),
                d.loginTimeout(),
                d.commandTimeout(),
                d.createdAt(),
                d.updatedAt());
    }
}
