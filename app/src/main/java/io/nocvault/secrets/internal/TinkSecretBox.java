package io.nocvault.secrets.internal;

import com.google.crypto.tink.Aead;
import io.nocvault.secrets.SecretBox;
import io.nocvault.secrets.SecretDecryptionException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * {@link SecretBox} on the master keyset's AEAD primitive.
 *
 * <p>Tink draws each nonce from a {@code SecureRandom} it keeps per thread. A backup run works on one virtual thread
 * per device, so encrypting there would create and seed a new generator for every device, after looking for
 * Conscrypt on the whole class path (about 2% of a run's CPU). Encryption asked for on a virtual thread therefore
 * runs on one of a few platform threads, whose generators live as long as they do.
 */
@Component
class TinkSecretBox implements SecretBox, DisposableBean {

    private static final String PREFIX = "v1:";

    private final Aead aead;
    private final ExecutorService encryptors = Executors.newFixedThreadPool(
            Math.min(4, Runtime.getRuntime().availableProcessors()),
            Thread.ofPlatform().name("secret-box-", 1).daemon().factory());

    TinkSecretBox(MasterKey masterKey) {
        this.aead = masterKey.aead();
    }

    @Override
    public void destroy() {
        encryptors.shutdown();
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
        if (Thread.currentThread().isVirtual()) {
            try {
                // join, unlike get, waits through an interrupt (a cancelled run's): the result is microseconds away
                return CompletableFuture.supplyAsync(() -> encryptHere(plaintext, associatedData), encryptors)
                        .join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException cause ? cause : e;
            } catch (RejectedExecutionException shutDown) {
                // stopping: encrypt on this thread
            }
        }
        return encryptHere(plaintext, associatedData);
    }

    private byte[] encryptHere(byte[] plaintext, byte[] associatedData) {
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
