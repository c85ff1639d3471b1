package io.nocvault.backup.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the records of a pack file when the store opens. The newest pack is where a crash can have left a write
 * unfinished, so every record in it is checked, payload checksum included, and an unfinished end is cut off. Older
 * packs were flushed completely before the next one began: their headers are walked. Damage elsewhere is logged
 * as an error and never repaired; the blobs stored there read as missing, which the scrub reports.
 */
final class PackScanner {

    private static final Logger log = LoggerFactory.getLogger(PackScanner.class);

    /** Receives each whole record: its header and offset. */
    interface Found {
        void record(PackRecord.Header header, long offset);
    }

    private PackScanner() {}

    static void scan(PackFile pack, boolean newest, Found found) {
        try {
            if (newest) {
                scanBytes(pack, pack.readAll(), 0, true, found);
            } else {
                walkHeaders(pack, found);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the pack file " + pack.path, e);
        }
    }

    private static void walkHeaders(PackFile pack, Found found) throws IOException {
        long size = pack.size();
        long position = 0;
        while (position < size) {
            byte[] head = pack.read(position, (int) Math.min(PackRecord.HEADER, size - position));
            PackRecord.Header header = PackRecord.parseHeader(head, 0, size - position);
            if (header == null) {
                if (position <= Integer.MAX_VALUE) {
                    scanBytes(pack, pack.readAll(), (int) position, false, found);
                }
                return;
            }
            found.record(header, position);
            position += header.recordSize();
        }
    }

    private static void scanBytes(PackFile pack, byte[] bytes, int start, boolean mayCutEnd, Found found) {
        int position = start;
        while (position < bytes.length) {
            PackRecord.Header header = whole(bytes, position);
            if (header != null) {
                found.record(header, position);
                position += (int) header.recordSize();
                continue;
            }
            int next = nextWhole(bytes, position + 1);
            if (next < 0 && mayCutEnd) {
                log.warn(
                        "Removed {} byte(s) of an unfinished write at the end of the backup store's {}",
                        bytes.length - position,
                        pack);
                pack.truncate(position);
                return;
            }
            log.error(
                    "The backup store's {} is damaged from offset {} to {}: blobs stored there cannot be read",
                    pack,
                    position,
                    next < 0 ? bytes.length : next);
            if (next < 0) {
                return;
            }
            position = next;
        }
    }

    private static PackRecord.Header whole(byte[] bytes, int offset) {
        PackRecord.Header header = PackRecord.parseHeader(bytes, offset, bytes.length);
        return header != null && PackRecord.payloadIntact(bytes, offset, header) ? header : null;
    }

    private static int nextWhole(byte[] bytes, int from) {
        for (int i = from; i <= bytes.length - PackRecord.HEADER; i++) {
            if (PackRecord.startsWithMagic(bytes, i) && whole(bytes, i) != null) {
                return i;
            }
        }
        return -1;
    }
}
