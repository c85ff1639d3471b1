package io.nocvault.backup.internal;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.BlobCorruptException;
import io.nocvault.backup.IntegrityStatus;
import io.nocvault.backup.store.BlobRef;
import io.nocvault.backup.store.BlobStore;
import java.time.Instant;
import java.util.Arrays;
import org.springframework.stereotype.Component;

/**
 * Writes the two blobs of a new version ({@link #write}, flushed to disk, before any transaction) and then
 * their rows ({@link #register}, in the version's transaction): the raw text, compressed against the previous version's
 * raw blob while the chain stays within {@code nocvault.backup.store.max-chain-depth}, and the normalized text,
 * always compressed against the new raw blob (nearly identical; it is nobody's dictionary, so it ends a chain at
 * most one past the bound). A dictionary blob that turns out corrupt marks its version and the new blob is stored
 * standalone.
 */
@Component
class VersionBlobs {

    /** The blob ids of a new version. */
    record Written(String rawId, String normalizedId) {}

    /** The blobs of a new version, written but without rows yet. */
    record Files(BlobRef raw, byte[] rawContent, BlobRef normalized, byte[] normalizedContent) {}

    private final BlobStore store;
    private final BlobRows rows;
    private final IntegrityMarker integrity;
    private final int maxChainDepth;

    VersionBlobs(BlobStore store, BlobRows rows, IntegrityMarker integrity, BackupStoreProperties properties) {
        this.store = store;
        this.rows = rows;
        this.integrity = integrity;
        this.maxChainDepth = properties.store().maxChainDepth();
    }

    /**
     * Writes the blobs; slow (each is flushed to disk), so no database connection should be held meanwhile.
     * Until {@link #register} commits, the blobs are kept from removal only by the caller's {@link StoreLock}.
     */
    Files write(byte[] raw, byte[] normalized, BackupVersion previous) {
        String rawDictionary = previous == null || previous.integrity() == IntegrityStatus.CORRUPT
                ? null
                : dictionaryIfShallow(previous.blobId());
        BlobRef rawRef = put(raw, rawDictionary, previous);
        if (Arrays.equals(raw, normalized)) {
            return new Files(rawRef, raw, null, null);
        }
        // the normalized text is read only on its own and is nobody's dictionary: it may go one past the bound
        BlobRef normalizedRef = put(normalized, rawRef.id(), null);
        return new Files(rawRef, raw, normalizedRef, normalized);
    }

    /** Adds the rows of the blobs {@link #write} wrote; call in the transaction that inserts the version. */
    Written register(Files files, Instant now) {
        BlobRef rawRef = ensureRow(files.raw(), files.rawContent(), now);
        if (files.normalized() == null) {
            return new Written(rawRef.id(), rawRef.id());
        }
        BlobRef normalizedRef = ensureRow(files.normalized(), files.normalizedContent(), now);
        return new Written(rawRef.id(), normalizedRef.id());
    }

    private String dictionaryIfShallow(String blobId) {
        return rows.find(blobId)
                .filter(row -> row.chainDepth() < maxChainDepth)
                .map(BlobRows.BlobRow::id)
                .orElse(null);
    }

    private BlobRef put(byte[] content, String dictionaryId, BackupVersion dictionaryOwner) {
        if (dictionaryId == null) {
            return store.put(content);
        }
        try {
            return store.put(content, dictionaryId);
        } catch (BlobCorruptException e) {
            if (dictionaryOwner != null) {
                integrity.corrupt(dictionaryOwner, e);
            }
            return store.put(content);
        }
    }

    /**
     * Adds the blob's row. A blob that was already there (a crash left it without a row) and depends on a
     * dictionary that has no row any more is written again standalone.
     */
    private BlobRef ensureRow(BlobRef ref, byte[] content, Instant now) {
        int depth = 0;
        if (ref.dictionaryId() != null) {
            var dictionary = rows.find(ref.dictionaryId());
            if (dictionary.isEmpty()) {
                store.delete(ref.id());
                return ensureRow(store.put(content), content, now);
            }
            depth = dictionary.get().chainDepth() + 1;
        }
        rows.insertIfAbsent(ref, content.length, depth, now);
        return ref;
    }
}
