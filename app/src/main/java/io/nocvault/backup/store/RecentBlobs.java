package io.nocvault.backup.store;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Plaintexts of blobs recently written or verified, least recently used dropped first, bounded by total bytes.
 * Recording a version needs the previous version as dictionary and for its line counts; this spares decoding
 * the whole dictionary chain from disk every time. Blobs are immutable, so a cached plaintext never goes stale.
 */
final class RecentBlobs {

    private static final long MIN_CAPACITY = 4L * 1024 * 1024;
    private static final long MAX_CAPACITY = 32L * 1024 * 1024;

    private final long capacity;
    private final LinkedHashMap<String, byte[]> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    RecentBlobs(long capacityBytes) {
        this.capacity = capacityBytes;
    }

    /**
     * A sixteenth of the heap, 4 to 32 MiB. The cache's entries live as long as the process, so the collector copies
     * and marks them again and again: on a small heap a bigger cache costs more (full collections) than it saves
     * (a verified read of the previous version, ~0.5 ms, only when a device's configuration changed).
     */
    static long capacityFor(long maxHeapBytes) {
        return Math.clamp(maxHeapBytes / 16, MIN_CAPACITY, MAX_CAPACITY);
    }

    synchronized byte[] get(String id) {
        return entries.get(id);
    }

    synchronized void put(String id, byte[] content) {
        if (content.length > capacity / 4) {
            return;
        }
        byte[] previous = entries.put(id, content);
        bytes += content.length - (previous == null ? 0 : previous.length);
        Iterator<Map.Entry<String, byte[]>> oldest = entries.entrySet().iterator();
        while (bytes > capacity && oldest.hasNext()) {
            bytes -= oldest.next().getValue().length;
            oldest.remove();
        }
    }

    synchronized void remove(String id) {
        byte[] removed = entries.remove(id);
        if (removed != null) {
            bytes -= removed.length;
        }
    }
}
