package io.nocvault.inventory;

import java.time.Instant;
import java.util.Set;

/**
 * A device as other modules and lists see it; never carries a secret.
 *
 * @param deviceType the device type's key, e.g. {@code cisco_ios}
 * @param lastSeen when the device last answered a ping, or {@code null}
 * @param lastBackupAt when the last backup attempt finished, or {@code null} for {@link BackupStatus#NEVER}
 * @param lastBackupError the classified error of a failed last backup, or {@code null}
 */
public record DeviceSummary(
        long id,
        long nocId,
        String hostname,
        String address,
        int port,
        String deviceType,
        Set<String> tags,
        String description,
        boolean enabled,
        Reachability reachability,
        Instant lastSeen,
        BackupStatus lastBackupStatus,
        Instant lastBackupAt,
        String lastBackupError) {

    public DeviceSummary {
        tags = tags == null ? Set.of() : Set.copyOf(tags);
    }
}
