package io.nocvault.backup.internal;

import io.nocvault.backup.BlobCorruptException;
import io.nocvault.backup.store.BlobStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Removes blobs nobody needs, after the version rows that referred to them are gone (committed): a blob goes when
 * no version refers to it and no other blob uses it as dictionary; then its own dictionary is looked at the same
 * way. The row is deleted first (one statement that re-checks every reference), the blob after it, and the store
 * then reclaims the space ({@link BlobStore#compact}). Holds the
 * {@link StoreLock} exclusively, so no recording reuses a blob while it is removed.
 */
@Component
class BlobCollector {

    private static final Logger log = LoggerFactory.getLogger(BlobCollector.class);

    /** Blobs removed and bytes freed. */
    record Collected(int blobs, long bytes) {
        static final Collected NONE = new Collected(0, 0);
    }

    private final BlobRows rows;
    private final BlobStore store;
    private final StoreLock lock;
    private final Clock clock;
    private final Duration orphanGrace;

    BlobCollector(BlobRows rows, BlobStore store, StoreLock lock, Clock clock, BackupStoreProperties properties) {
        this.rows = rows;
        this.store = store;
        this.lock = lock;
        this.clock = clock;
        this.orphanGrace = properties.store().orphanGrace();
    }

    /** Removes those of {@code candidates} (and, in turn, their dictionaries) that nothing refers to. */
    Collected collect(Collection<String> candidates) {
        if (candidates.isEmpty()) {
            return Collected.NONE;
        }
        return lock.exclusive(() -> {
            Deque<String> queue = new ArrayDeque<>(candidates);
            Set<String> seen = new HashSet<>();
            int removed = 0;
            long bytes = 0;
            while (!queue.isEmpty()) {
                String id = queue.poll();
                Optional<BlobRows.BlobRow> row = seen.add(id) ? rows.find(id) : Optional.empty();
                if (row.isEmpty() || !rows.deleteIfUnreferenced(id)) {
                    continue;
                }
                store.delete(id);
                removed++;
                bytes += row.get().storedSize();
                if (row.get().dictionaryId() != null) {
                    queue.add(row.get().dictionaryId());
                }
            }
            if (removed > 0) {
                store.compact();
            }
            return new Collected(removed, bytes);
        });
    }

    /**
     * Removes blobs that have no row and are older than {@code nocvault.backup.store.orphan-grace}: left by a
     * crash between writing a blob and committing its version.
     */
    Collected sweepOrphans() {
        return lock.exclusive(() -> {
            Set<String> known = rows.allIds();
            Instant cutoff = clock.instant().minus(orphanGrace);
            List<String> orphans;
            try (Stream<String> ids = store.ids()) {
                orphans = ids.filter(id -> !known.contains(id)).toList();
            }
            int removed = 0;
            for (String id : orphans) {
                if (olderThan(id, cutoff)) {
                    store.delete(id);
                    removed++;
                }
            }
            if (removed > 0) {
                log.info("Removed {} blob(s) that no version refers to (left by an interrupted write)", removed);
                store.compact();
            }
            return new Collected(removed, 0);
        });
    }

    private boolean olderThan(String id, Instant cutoff) {
        try {
            return store.storedAt(id).isBefore(cutoff);
        } catch (BlobCorruptException gone) {
            return false;
        }
    }
}
