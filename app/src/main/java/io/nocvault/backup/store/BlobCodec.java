package io.nocvault.backup.store;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdException;
import io.nocvault.backup.BlobCorruptException;
import io.nocvault.secrets.SecretBox;
import io.nocvault.secrets.SecretDecryptionException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.Function;

/**
 * Turns content into the stored bytes of a blob and back: zstd (optionally with a dictionary), then AES-256-GCM
 * through {@link SecretBox} with the blob id and header as associated data. Decoding verifies the SHA-256.
 */
public final class BlobCodec {

    /** Larger plaintexts are refused when decoding (a forged size must not allocate gigabytes). */
    static final long MAX_CONTENT = 256L * 1024 * 1024;

    private final SecretBox box;
    private final int level;

    public BlobCodec(SecretBox box, int compressionLevel) {
        this.box = box;
        this.level = compressionLevel;
    }

    /** The file bytes for {@code content}: with {@code dictionary} when that compresses smaller, else standalone. */
    byte[] encode(String id, byte[] content, String dictionaryId, byte[] dictionary) {
        Compressed compressed = compress(content, dictionaryId, dictionary);
        BlobHeader header = compressed.header();
        byte[] sealed = box.encrypt(compressed.bytes(), header.associatedData(id));
        byte[] head = header.bytes();
        byte[] file = Arrays.copyOf(head, head.length + sealed.length);
        System.arraycopy(sealed, 0, file, head.length, sealed.length);
        return file;
    }

    private record Compressed(BlobHeader header, byte[] bytes) {}

    private Compressed compress(byte[] content, String dictionaryId, byte[] dictionary) {
        BlobHeader standaloneHeader = new BlobHeader(null);
        if (dictionary == null) {
            return new Compressed(standaloneHeader, Zstd.compress(content, level));
        }
        byte[] withDictionary = Zstd.compressUsingDict(content, dictionary, level);
        // text alone never shrinks 16-fold, so such a result needs no standalone attempt to compare with
        if (withDictionary.length <= content.length / 16) {
            return new Compressed(new BlobHeader(dictionaryId), withDictionary);
        }
        byte[] standalone = Zstd.compress(content, level);
        return withDictionary.length < standalone.length
                ? new Compressed(new BlobHeader(dictionaryId), withDictionary)
                : new Compressed(standaloneHeader, standalone);
    }

    /** The header of a blob's stored bytes; throws {@link BlobCorruptException} when there is none. */
    BlobHeader header(String id, byte[] file) {
        BlobHeader header = BlobHeader.parse(file);
        if (header == null) {
            throw new BlobCorruptException(id, "unknown file format");
        }
        return header;
    }

    /** Checks that the ciphertext authenticates (without decompressing); answers the dictionary id, if any. */
    String authenticate(String id, byte[] file) {
        BlobHeader header = header(id, file);
        decrypt(id, file, header);
        return header.dictionaryId();
    }

    /**
     * The content; {@code dictionaries} yields the plaintext of a dictionary blob. The ciphertext is always
     * authenticated; {@code verifyHash} also checks the SHA-256. Dictionaries along a chain need no hash check of
     * their own: each was verified when it was written, its ciphertext is authenticated, and any error in it would
     * fail the hash of the blob read at the end of the chain.
     */
    byte[] decode(String id, byte[] file, Function<String, byte[]> dictionaries, boolean verifyHash) {
        BlobHeader header = header(id, file);
        byte[] compressed = decrypt(id, file, header);
        byte[] content = decompress(id, compressed, header, dictionaries);
        if (verifyHash
                && !MessageDigest.isEqual(Sha256.digest(content), HexFormat.of().parseHex(id))) {
            throw new BlobCorruptException(id, "content does not match its SHA-256");
        }
        return content;
    }

    private byte[] decrypt(String id, byte[] file, BlobHeader header) {
        byte[] sealed = Arrays.copyOfRange(file, header.length(), file.length);
        try {
            return box.decrypt(sealed, header.associatedData(id));
        } catch (SecretDecryptionException e) {
            throw new BlobCorruptException(id, "does not decrypt (altered, or stored under another id)");
        }
    }

    private static byte[] decompress(
            String id, byte[] compressed, BlobHeader header, Function<String, byte[]> dictionaries) {
        long size = Zstd.getFrameContentSize(compressed);
        if (size < 0 || size > MAX_CONTENT) {
            throw new BlobCorruptException(id, "bad compressed frame");
        }
        try {
            if (header.dictionaryId() == null) {
                return Zstd.decompress(compressed, (int) size);
            }
            return Zstd.decompress(compressed, dictionaries.apply(header.dictionaryId()), (int) size);
        } catch (ZstdException e) {
            throw new BlobCorruptException(id, "does not decompress");
        }
    }
}
