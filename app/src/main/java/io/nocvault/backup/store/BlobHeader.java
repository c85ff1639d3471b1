package io.nocvault.backup.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The clear-text start of a blob's stored bytes (see docs/backup-store.md): magic {@code NVB}, format version 1, codec
 * (0 = zstd standalone, 1 = zstd with a dictionary blob) and, for codec 1, the dictionary blob id as 32 raw bytes.
 * The ciphertext follows. The header is authenticated with the ciphertext (it is part of the associated data), so
 * changing it makes the blob fail to decrypt.
 */
record BlobHeader(String dictionaryId) {

    static final byte[] MAGIC = {'N', 'V', 'B'};
    static final byte VERSION = 1;
    static final byte STANDALONE = 0;
    static final byte WITH_DICTIONARY = 1;
    private static final int ID_BYTES = 32;

    byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(MAGIC.length + 2 + ID_BYTES);
        out.writeBytes(MAGIC);
        out.write(VERSION);
        out.write(dictionaryId == null ? STANDALONE : WITH_DICTIONARY);
        if (dictionaryId != null) {
            out.writeBytes(HexFormat.of().parseHex(dictionaryId));
        }
        return out.toByteArray();
    }

    int length() {
        return MAGIC.length + 2 + (dictionaryId == null ? 0 : ID_BYTES);
    }

    /** The associated data of the ciphertext: the blob id (ASCII hex) followed by the header bytes. */
    byte[] associatedData(String blobId) {
        byte[] id = blobId.getBytes(StandardCharsets.US_ASCII);
        byte[] header = bytes();
        byte[] data = Arrays.copyOf(id, id.length + header.length);
        System.arraycopy(header, 0, data, id.length, header.length);
        return data;
    }

    /** Reads the header at the start of {@code file}; {@code null} when it is not a blob header of version 1. */
    static BlobHeader parse(byte[] file) {
        int fixed = MAGIC.length + 2;
        if (file.length < fixed || !Arrays.equals(file, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        if (file[MAGIC.length] != VERSION) {
            return null;
        }
        byte codec = file[MAGIC.length + 1];
        if (codec == STANDALONE) {
            return new BlobHeader(null);
        }
        if (codec != WITH_DICTIONARY || file.length < fixed + ID_BYTES) {
            return null;
        }
        return new BlobHeader(HexFormat.of().formatHex(file, fixed, fixed + ID_BYTES));
    }
}
