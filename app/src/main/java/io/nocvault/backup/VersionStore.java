package io.nocvault.backup;

import io.nocvault.common.Origin;
import io.nocvault.common.Paging;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The versions of every device's configuration. Store raw, compare normalized: a new version is stored only when
 * the SHA-256 of the normalized text differs from the device's latest version; otherwise the latest version's
 * {@code lastConfirmed} moves. Reads are verified and scoped by {@link io.nocvault.noc.NocScope}: a version of a
 * NOC the caller may not see answers {@link io.nocvault.common.NotFoundException}.
 */
public interface VersionStore {

    /**
     * Records a capture of a device. Atomic: the blobs are on disk before the version row commits. Recording for
     * one device is serialised (two captures at once never make two versions of the same text).
     *
     * @param raw the configuration exactly as captured (what is stored and restored)
     * @param normalized the driver-normalized text (what change detection and the line counts use)
     * @param runId the backup run, or {@code null}
     * @param at the capture time
     * @throws QuotaExceededException when a new version is needed and the store is above its quota
     */
    StoreOutcome record(long deviceId, long nocId, String raw, String normalized, Long runId, Instant at);

    /** The device's newest version. */
    Optional<BackupVersion> latest(long deviceId);

    /** The device's versions, newest first. */
    List<BackupVersion> versions(long deviceId);

    /** One version; {@link io.nocvault.common.NotFoundException} when absent or not visible. */
    BackupVersion get(long versionId);

    /** The raw configuration of a version, verified; {@link BlobCorruptException} (and the version is marked). */
    String read(long versionId);

    /** The normalized text of a version, verified like {@link #read}. */
    String readNormalized(long versionId);

    /** Versions of the listed NOCs ({@code NocScope.listedSqlCondition}), newest first. */
    VersionPage list(VersionFilter filter, Paging paging);

    /**
     * Deletes a version that is not its device's latest ({@link io.nocvault.common.ConflictException} for the
     * latest), then removes the blobs nothing refers to any more. Publishes {@link VersionDeleted}.
     */
    void delete(long versionId, Origin origin);
}
