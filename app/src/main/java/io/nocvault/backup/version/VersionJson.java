package io.nocvault.backup.version;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.IntegrityStatus;
import java.time.Instant;

/**
 * A version as the API shows it.
 *
 * @param sha256 SHA-256 of the raw configuration (what a restore pushes and a download contains)
 * @param normalizedSha256 SHA-256 of the normalized text that change detection compares
 */
public record VersionJson(
        long id,
        long deviceId,
        String hostname,
        long nocId,
        Instant firstSeen,
        Instant lastConfirmed,
        long size,
        int lines,
        String sha256,
        String normalizedSha256,
        int added,
        int removed,
        Long runId,
        IntegrityStatus integrity,
        Instant checkedAt) {

    public static VersionJson of(BackupVersion v, String hostname) {
        return new VersionJson(
                v.id(),
                v.deviceId(),
                hostname,
                v.nocId(),
                v.firstSeen(),
                v.lastConfirmed(),
                v.size(),
                v.lines(),
                v.blobId(),
                v.normalizedSha256(),
                v.added(),
                v.removed(),
                v.runId(),
                v.integrity(),
                v.checkedAt());
    }
}
