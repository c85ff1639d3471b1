package io.nocvault.secrets.internal;

import com.google.crypto.tink.Aead;
import io.nocvault.secrets.MasterKeyException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A known value encrypted with the master key, stored in the database on first start. Decrypting it proves that
 * the key in use is the key the database's secrets were written with.
 */
@Component
class KeyCheckStore {

    private static final byte[] PLAINTEXT = "nocvault-key-check".getBytes(StandardCharsets.UTF_8);
    private static final byte[] CONTEXT = "secrets.key-check".getBytes(StandardCharsets.UTF_8);

    private final JdbcClient jdbc;

    KeyCheckStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists() {
        return stored().isPresent();
    }

    void verifyOrRecord(Aead aead) {
        Optional<String> stored = stored();
        if (stored.isEmpty()) {
            record(aead);
            return;
        }
        try {
            aead.decrypt(Base64.getDecoder().decode(stored.get()), CONTEXT);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new MasterKeyException("The master key does not belong to this database: its secrets were "
                    + "encrypted with another key. Use the key file or NOCVAULT_MASTER_KEY that came with this "
                    + "database; NocVault will not start with a different key.");
        }
    }

    private Optional<String> stored() {
        return jdbc.sql("select key_check from secrets_key_check where id = 1")
                .query(String.class)
                .optional();
    }

    private void record(Aead aead) {
        try {
            String check = Base64.getEncoder().encodeToString(aead.encrypt(PLAINTEXT, CONTEXT));
            jdbc.sql("insert into secrets_key_check (id, key_check, created_at) values (1, :check, :now)")
                    .param("check", check)
                    .param("now", OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC))
                    .update();
        } catch (GeneralSecurityException e) {
            throw new MasterKeyException("Cannot record the key check", e);
        }
    }
}
