package io.nocvault.backup;

import java.time.Instant;

/**
 * One stored configuration of a device.
 *
 * @param blobId the SHA-256 of the raw configuration as captured (what a restore pushes)
 * @param normalizedSha256 the SHA-256 of the normalized text (volatile lines dropped) that change detection compares
 * @param size bytes of the raw configuration
 * @param lines lines of the raw configuration
 * @param added lines of the normalized text added since the previous version (all lines for the first version)
 * @param removed lines of the normalized text removed since the previous version
 * @param firstSeen when this configuration was first captured
 * @param lastConfirmed when a capture last found it unchanged (or {@code firstSeen})
 * @param runId the backup run that stored it, if any
 * @param checkedAt when the integrity scrub or a verify last read it, if ever
 */
public record BackupVersion(
        long id,
        long deviceId,
        long nocId,
        String blobId,
        String normalizedSha256,
        long size,
        int lines,
        int added,
        int removed,
        Instant firstSeen,
        Instant lastConfirmed,
        Long runId,
        IntegrityStatus integrity,
        Instant checkedAt) {}
