package io.nocvault.backup;

/** The backup store's usage and quota ({@code nocvault.backup.quota.limit} and {@code warn-at}). */
public interface StoreQuota {

    /** Totals for the whole store. */
    StoreUsage usage();

    /** Bytes of the blobs one device's versions refer to (blobs shared with other devices count for each). */
    long deviceUsedBytes(long deviceId);
}
