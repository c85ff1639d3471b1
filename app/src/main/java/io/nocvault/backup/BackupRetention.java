package io.nocvault.backup;

import io.nocvault.common.Origin;
import java.util.Map;
import java.util.Optional;

/**
 * Retention of versions with restic's {@code forget} semantics: the global default
 * ({@code nocvault.backup.retention.*}) or a per-device override. {@link #preview} shows what would go and why the
 * rest stays; {@link #apply} deletes the forgotten versions and then the blobs nothing needs any more. The latest
 * version of a device is never deleted.
 */
public interface BackupRetention {

    RetentionPolicy defaultPolicy();

    /** The device's override, if it has one. */
    Optional<RetentionPolicy> override(long deviceId);

    /** The overrides of the devices in the listed NOCs, by device id. */
    Map<Long, RetentionPolicy> overrides();

    /** The policy in force for the device: its override or the default. */
    RetentionPolicy policyFor(long deviceId);

    /** Sets the device's own policy (audited as {@link RetentionOverrideChanged}). */
    void setOverride(long deviceId, long nocId, RetentionPolicy policy, Origin origin);

    /** Returns the device to the default policy. */
    void removeOverride(long deviceId, Origin origin);

    /** What {@link #apply} would do now, newest version first. */
    RetentionPreview preview(long deviceId);

    /** Applies the device's policy; publishes {@link RetentionApplied} when something was forgotten. */
    RetentionResult apply(long deviceId, Origin origin);

    /** Applies every device's policy (the nightly job); one {@link RetentionApplied} for the whole pass. */
    RetentionResult applyAll(Origin origin);
}
