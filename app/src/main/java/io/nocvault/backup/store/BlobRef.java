package io.nocvault.backup.store;

/**
 * A stored blob: {@code id} is the SHA-256 (lower-case hex) of its plaintext, {@code storedSize} the bytes it takes
 * on disk, {@code dictionaryId} the blob it was compressed against (or {@code null} for a standalone blob).
 */
public record BlobRef(String id, long storedSize, String dictionaryId) {

    public boolean usesDictionary() {
        return dictionaryId != null;
    }
}
