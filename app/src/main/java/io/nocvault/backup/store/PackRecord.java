package io.nocvault.backup.store;

import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.zip.CRC32C;

/**
 * One blob in a pack file (see docs/backup-store.md): a header of 52 bytes — magic {@code NVP1}, the blob id (32 raw
 * bytes), the payload length, when it was stored (epoch milliseconds) and the CRC-32C of those 48 bytes — then the
 * payload (the encoded blob: {@link BlobHeader} and ciphertext) and the payload's CRC-32C. The checksums find where an
 * interrupted write ends; the ciphertext's authentication is what proves a blob intact.
 */
final class PackRecord {

    static final int HEADER = 52;
    static final int TRAILER = 4;
    private static final int MAGIC = 0x4e565031;
    private static final int ID_BYTES = 32;
    private static final int CHECKED = HEADER - 4;

    /** A record's header: the blob, its payload length and when it was stored. */
    record Header(String id, int length, long storedAtMillis) {

        long recordSize() {
            return size(length);
        }
    }

    private PackRecord() {}

    static long size(int payloadLength) {
        return (long) HEADER + payloadLength + TRAILER;
    }

    static byte[] encode(String id, byte[] payload, long storedAtMillis) {
        ByteBuffer record = ByteBuffer.allocate(HEADER + payload.length + TRAILER);
        record.putInt(MAGIC)
                .put(HexFormat.of().parseHex(id))
                .putInt(payload.length)
                .putLong(storedAtMillis);
        record.putInt(crc(record.array(), 0, CHECKED));
        record.put(payload);
        record.putInt(crc(payload, 0, payload.length));
        return record.array();
    }

    /**
     * The header at {@code offset} of {@code bytes}; {@code null} when there is none (wrong magic or checksum, or a
     * length that cannot fit in {@code limit} bytes from {@code offset}).
     */
    static Header parseHeader(byte[] bytes, int offset, long limit) {
        if (limit - offset < HEADER || bytes.length - offset < HEADER) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, HEADER);
        if (buffer.getInt() != MAGIC) {
            return null;
        }
        String id = HexFormat.of().formatHex(bytes, offset + 4, offset + 4 + ID_BYTES);
        buffer.position(offset + 4 + ID_BYTES);
        int length = buffer.getInt();
        long storedAt = buffer.getLong();
        if (buffer.getInt() != crc(bytes, offset, CHECKED) || length < 0 || offset + size(length) > limit) {
            return null;
        }
        return new Header(id, length, storedAt);
    }

    /** Whether the payload of the record at {@code offset} (with a valid header) matches its checksum. */
    static boolean payloadIntact(byte[] bytes, int offset, Header header) {
        int payload = offset + HEADER;
        if (payload + header.length() + TRAILER > bytes.length) {
            return false;
        }
        int stored = ByteBuffer.wrap(bytes, payload + header.length(), TRAILER).getInt();
        return stored == crc(bytes, payload, header.length());
    }

    static boolean startsWithMagic(byte[] bytes, int offset) {
        return bytes.length - offset >= 4 && ByteBuffer.wrap(bytes, offset, 4).getInt() == MAGIC;
    }

    private static int crc(byte[] bytes, int offset, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, offset, length);
        return (int) crc.getValue();
    }
}
