package io.nocvault.backup;

/** The backup store's usage and quota ({@code nocvault.backup.quota.limit} and {@code warn-at}). */
public interface StoreQuota {

    /** Totals for the whole store. */
    StoreUsage usage();

    /**
     * Stored bytes of one device's versions: the sizes of each version's raw and normalized blob, from the device's
     * running total (a blob shared by several versions or devices counts for each).
     */
    long deviceUsedBytes(long deviceId);
}
