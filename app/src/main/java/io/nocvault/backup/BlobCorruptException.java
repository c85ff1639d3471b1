package io.nocvault.backup;

/**
 * A stored blob is missing, altered or unreadable: it did not decrypt, decompress or match its SHA-256. The store
 * never returns such data. The message names the blob id and what failed, never any content.
 */
public class BlobCorruptException extends RuntimeException {

    private final String blobId;

    public BlobCorruptException(String blobId, String problem) {
        super("Blob " + blobId + " is corrupt: " + problem);
        this.blobId = blobId;
    }

    public BlobCorruptException(String blobId, String problem, Throwable cause) {
        super("Blob " + blobId + " is corrupt: " + problem, cause);
        this.blobId = blobId;
    }

    public String blobId() {
        return blobId;
    }
}
