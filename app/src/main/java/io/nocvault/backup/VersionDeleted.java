package io.nocvault.backup;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import java.time.Instant;

/** A version was deleted by a user (retention's deletions are summed up in {@link RetentionApplied}). */
public record VersionDeleted(Origin origin, long versionId, long deviceId, Long nocId, String blobId, Instant firstSeen)
        implements AuditableEvent {

    @Override
    public String action() {
        return "backup.version.deleted";
    }

    @Override
    public String target() {
        return "version " + versionId + " of device " + deviceId;
    }

    @Override
    public String detail() {
        return "first seen " + firstSeen + ", blob " + blobId;
    }
}
