package io.nocvault.secrets;

/**
 * Encrypts and decrypts secrets (passwords, keys, tokens) and blobs with the master keyset (AES-256-GCM). The
 * {@code purpose} or associated data binds a ciphertext to where it belongs: a ciphertext copied to another
 * purpose does not decrypt.
 */
public interface SecretBox {

    /** Encrypts a text secret; {@code null} stays {@code null}. The result is ASCII, safe for a text column. */
    String seal(String plaintext, String purpose);

    /** Decrypts what {@link #seal} produced; {@code null} stays {@code null}. */
    String open(String sealed, String purpose);

    /** Encrypts bytes, authenticating {@code associatedData} with them. */
    byte[] encrypt(byte[] plaintext, byte[] associatedData);

    /** Decrypts and verifies; throws {@link SecretDecryptionException} when the data was altered. */
    byte[] decrypt(byte[] ciphertext, byte[] associatedData);
}
