package io.nocvault.backup.store;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import io.nocvault.secrets.SecretBox;
import io.nocvault.secrets.SecretDecryptionException;
import java.security.GeneralSecurityException;

/** A {@link SecretBox} on a fresh Tink AES-256-GCM key, for store tests without an application context. */
final class TestSecretBox implements SecretBox {

    private final Aead aead;

    TestSecretBox() {
        try {
            AeadConfig.register();
            aead = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM)
                    .getPrimitive(RegistryConfiguration.get(), Aead.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String seal(String plaintext, String purpose) {
        throw new UnsupportedOperationException();
    }

    @Override
    public String open(String sealed, String purpose) {
        throw new UnsupportedOperationException();
    }

    @Override
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        try {
            return aead.encrypt(plaintext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        try {
            return aead.decrypt(ciphertext, associatedData);
        } catch (GeneralSecurityException e) {
            throw new SecretDecryptionException("Decryption failed", e);
        }
    }
}
