package io.nocvault.backup;

/** A new version was refused because the backup store is above its quota ({@code nocvault.backup.quota.limit}). */
public class QuotaExceededException extends RuntimeException {

    private final long usedBytes;
    private final long limitBytes;

    public QuotaExceededException(long usedBytes, long limitBytes) {
        super("Backup store quota exceeded: " + StoreUsage.human(usedBytes) + " used of a "
                + StoreUsage.human(limitBytes)
                + " limit. New versions are refused until retention frees space or the limit"
                + " (nocvault.backup.quota.limit) is raised; unchanged configurations are still confirmed.");
        this.usedBytes = usedBytes;
        this.limitBytes = limitBytes;
    }

    public long usedBytes() {
        return usedBytes;
    }

    public long limitBytes() {
        return limitBytes;
    }
}
