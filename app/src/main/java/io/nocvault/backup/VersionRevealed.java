package io.nocvault.backup;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;

/**
 * An admin saw or downloaded a version's configuration with its secrets unmasked.
 *
 * @param how where: {@code content}, {@code download}, {@code zip} or {@code compare}
 */
public record VersionRevealed(Origin origin, long versionId, long deviceId, Long nocId, String how)
        implements AuditableEvent {

    @Override
    public String action() {
        return "backup.version.revealed";
    }

    @Override
    public String target() {
        return "version " + versionId + " of device " + deviceId;
    }

    @Override
    public String detail() {
        return "secrets shown unmasked (" + how + ")";
    }
}
