package io.nocvault.secrets.internal;

import com.google.crypto.tink.Aead;
import io.nocvault.secrets.SecretBox;
import io.nocvault.secrets.SecretDecryptionException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** {@link SecretBox} on the master keyset's AEAD primitive. */
@Component
class TinkSecretBox implements SecretBox {

    private static final String PREFIX = "v1:";

    private final Aead aead;

    TinkSecretBox(MasterKey masterKey) {
        this.aead = masterKey.aead();
    }

    @Override
    public String seal(String plaintext, String purpose) {
        if (plaintext == null) {
            return null;
        }
        byte[] sealed = encrypt(plaintext.getBytes(StandardCharsets.UTF_8), purpose.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(sealed);
    }

    @Override
    public String open(String sealed, String purpose) {
        if (sealed == null) {
            return null;
        }
        if (!sealed.startsWith(PREFIX)) {
            throw new SecretDecryptionException("Not a sealed secret", null);
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(sealed.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new SecretDecryptionException("Sealed secret is not valid base64", null);
        }
        return new String(decrypt(raw, purpose.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        try {
            return aead.decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new SecretDecryptionException("Decryption failed: the data was altered or belongs elsewhere", e);
        }
    }
}
