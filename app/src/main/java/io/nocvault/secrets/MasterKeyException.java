package io.nocvault.secrets;

/** The master key is missing, unreadable or does not belong to this database: NocVault must not start. */
public class MasterKeyException extends RuntimeException {

    public MasterKeyException(String message) {
        super(message);
    }

    public MasterKeyException(String message, Throwable cause) {
        super(message, cause);
    }
}
