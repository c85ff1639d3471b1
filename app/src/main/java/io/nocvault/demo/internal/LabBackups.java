package io.nocvault.demo.internal;

import io.nocvault.backup.BackupRuns;
import io.nocvault.backup.RunTarget;
import io.nocvault.common.Origin;
import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceSummary;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Starts backup runs of demo devices as the system, when the backup module's {@link BackupRuns} is there (looked up
 * lazily: the demo lab works without it).
 */
final class LabBackups {

    private final ObjectProvider<BackupRuns> runs;
    private final DeviceDirectory directory;

    LabBackups(ObjectProvider<BackupRuns> runs, DeviceDirectory directory) {
        this.runs = runs;
        this.directory = directory;
    }

    boolean available() {
        return runs.getIfAvailable() != null;
    }

    /** One run of the lab's devices that were never backed up; the run id, empty when none needs one. */
    Optional<Long> backupNew(LabInventory inventory) {
        Set<Long> lab = Set.copyOf(inventory.deviceIds().values());
        List<Long> never = directory.ofNocs(List.of(inventory.johannesburgId(), inventory.capeTownId())).stream()
                .filter(d -> lab.contains(d.id()) && d.lastBackupStatus() == BackupStatus.NEVER)
                .map(DeviceSummary::id)
                .sorted()
                .toList();
        return backup(never);
    }

    /** One run of these devices; the run id, empty without devices or without the backup module. */
    Optional<Long> backup(Collection<Long> deviceIds) {
        BackupRuns backupRuns = runs.getIfAvailable();
        if (backupRuns == null || deviceIds.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(backupRuns.start(RunTarget.devices(List.copyOf(deviceIds)), Origin.system()));
    }
}
