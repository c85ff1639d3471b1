/**
 * Backups of device configurations. This part is the store: encrypted, content-addressed, compressed blobs
 * ({@link io.nocvault.backup.store.BlobStore}), the versions of every device ({@link io.nocvault.backup.VersionStore}),
 * retention with restic's {@code forget} semantics ({@link io.nocvault.backup.BackupRetention}), the quota
 * ({@link io.nocvault.backup.StoreQuota}) and the integrity scrub ({@link io.nocvault.backup.Scrubber}). Devices belong
 * to the inventory module: versions carry the device id and its NOC id only.
 */
@ApplicationModule(
        displayName = "Backups",
        allowedDependencies = {"common", "secrets", "noc", "inventory", "drivers", "transport", "compare"})
package io.nocvault.backup;

import org.springframework.modulith.ApplicationModule;
