package io.nocvault.backup;

/** What a retention pass did: devices looked at, versions kept and deleted, blobs removed and bytes freed. */
public record RetentionResult(int devices, int kept, int forgotten, int blobsRemoved, long bytesFreed) {

    public static final RetentionResult NONE = new RetentionResult(0, 0, 0, 0, 0);

    public RetentionResult plus(RetentionResult other) {
        return new RetentionResult(
                devices + other.devices,
                kept + other.kept,
                forgotten + other.forgotten,
                blobsRemoved + other.blobsRemoved,
                bytesFreed + other.bytesFreed);
    }
}
