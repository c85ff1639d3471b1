package io.nocvault.backup;

import io.nocvault.common.Walk;
import java.time.Instant;
import java.util.List;

/**
 * Figures over the versioned store for dashboards and reports, and a streamed walk over versions for exports. Every
 * method covers the caller's listed NOCs ({@code NocScope.listedNocIds()}; background work sees all).
 */
public interface StoreStatistics {

    /**
     * The {@code limit} devices whose versions hold the most bytes (raw configuration sizes), largest first; read
     * from the per-device running totals (one row per device, never a sum over the versions).
     */
    List<DeviceStorage> topDevices(int limit);

    /** The {@code limit} devices whose versions take the most stored (compressed, encrypted) bytes, largest first. */
    List<DeviceStorage> topStoredDevices(int limit);

    /**
     * The listed versions first seen in {@code [from, to)} (either bound may be {@code null}), newest first, to be
     * read one at a time; the scope is the caller's now.
     */
    Walk<BackupVersion> versions(Instant from, Instant to);

    /**
     * The stored configurations of one device.
     *
     * @param bytes the sum of the raw sizes of its versions
     * @param storedBytes the sum over its versions of the stored sizes of their raw and normalized blobs (a blob
     *     several versions refer to is counted for each)
     */
    record DeviceStorage(long deviceId, long nocId, long versions, long bytes, long storedBytes) {

        public long averageBytes() {
            return versions == 0 ? 0 : bytes / versions;
        }
    }
}
