package io.nocvault.backup.store;

import java.time.Instant;
import java.util.stream.Stream;

/**
 * Content-addressed, encrypted storage of blobs. A blob's id is the SHA-256 of its plaintext, so the same content
 * is stored once. Every read is verified: decrypted (the blob id is the associated data), decompressed and hashed;
 * anything else throws {@link io.nocvault.backup.BlobCorruptException} and never returns the bad data. The local
 * filesystem is the implementation now; an S3-compatible one can follow behind the same interface.
 */
public interface BlobStore {

    /** Stores {@code content} standalone (or finds it stored already). */
    default BlobRef put(byte[] content) {
        return put(content, null);
    }

    /**
     * Stores {@code content}, compressed with the blob {@code dictionaryId} as zstd dictionary when that is smaller
     * than standalone; {@code null} stores standalone. Content already stored is not written again.
     */
    BlobRef put(byte[] content, String dictionaryId);

    /** The verified plaintext. */
    byte[] get(String id);

    /**
     * The plaintext, possibly from a small cache of blobs this store wrote or verified recently: for dictionaries
     * and change detection, never for integrity checks (use {@link #get}, which always reads and verifies).
     */
    default byte[] getRecent(String id) {
        return get(id);
    }

    /** What is stored under {@code id} (size and dictionary), without decrypting; the blob must exist. */
    BlobRef describe(String id);

    boolean exists(String id);

    /** When the blob was written; {@link io.nocvault.backup.BlobCorruptException} when it is missing. */
    Instant storedAt(String id);

    /** Removes the blob; absent blobs are ignored. The caller makes sure that nothing refers to it any more. */
    void delete(String id);

    /** Every stored blob id; close the stream. */
    Stream<String> ids();

    /** Bytes the stored blobs take. */
    long usedBytes();

    /** Bytes still free where the blobs are written. */
    long freeBytes();

    /** Reclaims the space of deleted blobs where the store keeps it until then; answers the bytes freed. */
    default long compact() {
        return 0;
    }
}
