package io.nocvault.backup.store;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** SHA-256 in lower-case hex: the blob id of some content. */
public final class Sha256 {

    private static final Pattern HEX_ID = Pattern.compile("[0-9a-f]{64}");

    private Sha256() {}

    public static String hex(byte[] content) {
        return HexFormat.of().formatHex(digest(content));
    }

    public static byte[] digest(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** True for 64 lower-case hex digits. */
    public static boolean isId(String id) {
        return id != null && HEX_ID.matcher(id).matches();
    }
}
