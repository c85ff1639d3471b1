package io.nocvault.secrets;

/** A ciphertext did not decrypt: altered, truncated, or made with another key or purpose. Never carries data. */
public class SecretDecryptionException extends RuntimeException {

    public SecretDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
