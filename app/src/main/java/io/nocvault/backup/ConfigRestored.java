package io.nocvault.backup;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * A version's configuration was pushed to its device with the driver's restore procedure.
 *
 * @param matches whether the configuration captured right after the push equals the version (normalized)
 * @param error the classified error when the restore failed, else {@code null}
 */
public record ConfigRestored(
        Origin origin, long versionId, long deviceId, Long nocId, String hostname, boolean matches, String error)
        implements AuditableEvent {

    @Override
    public String action() {
        return "backup.version.restored";
    }

    @Override
    public String target() {
        return "device " + hostname + " to version " + versionId;
    }

    @Override
    public boolean success() {
        return error == null;
    }

    @Override
    public String detail() {
        if (error != null) {
            return "restore failed: " + error;
        }
        return matches ? "device now matches the version" : "device differs from the version after the push";
    }
}
