package io.nocvault.reporting.internal;

import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceStatistics;
import io.nocvault.inventory.DeviceStatistics.DeviceLine;
import io.nocvault.inventory.Reachability;
import java.time.Instant;

/** A device in the dashboard's quick overview and the device health list. */
public record OverviewRow(
        long id,
        long nocId,
        String hostname,
        String address,
        String deviceType,
        boolean enabled,
        Reachability reachability,
        BackupStatus backupStatus,
        Instant lastBackupAt,
        DeviceStatistics.Health health) {

    static OverviewRow of(DeviceLine d, Instant now) {
        return new OverviewRow(
                d.id(),
                d.nocId(),
                d.hostname(),
                d.address(),
                d.deviceType(),
                d.enabled(),
                d.reachability(),
                d.lastBackupStatus(),
                d.lastBackupAt(),
                DeviceStatistics.health(d.lastBackupStatus(), d.lastBackupAt(), now));
    }
}
