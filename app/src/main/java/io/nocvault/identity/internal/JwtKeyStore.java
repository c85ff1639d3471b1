package io.nocvault.identity.internal;

import io.nocvault.secrets.SecretBox;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The HS256 key that signs API JWTs: 256 random bits created on first start, stored sealed with the master key
 * (table {@code identity_jwt_keys}), shared by every node on the same database.
 */
@Component
class JwtKeyStore implements ApplicationRunner {

    private static final int KEY_ID = 1;
    private static final String PURPOSE = "identity.jwt-signing-key";

    private final JdbcClient jdbc;
    private final SecretBox secrets;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private volatile SecretKey key;

    JwtKeyStore(JdbcClient jdbc, SecretBox secrets, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.secrets = secrets;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Creates the key on the very first start rather than at the first login. */
    @Override
    public void run(ApplicationArguments args) {
        key();
    }

    SecretKey key() {
        SecretKey current = key;
        if (current == null) {
            synchronized (this) {
                if (key == null) {
                    key = load().orElseGet(this::create);
                }
                current = key;
            }
        }
        return current;
    }

    private Optional<SecretKey> load() {
        return jdbc.sql("select sealed_key from identity_jwt_keys where id = :id")
                .param("id", KEY_ID)
                .query(String.class)
                .optional()
                .map(stored -> toKey(Base64.getDecoder().decode(secrets.open(stored, PURPOSE))));
    }

    private SecretKey create() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.sql(
                            "insert into identity_jwt_keys (id, sealed_key, created_at) values (:id, :sealed, :at)")
                    .param("id", KEY_ID)
                    .param("sealed", secrets.seal(Base64.getEncoder().encodeToString(raw), PURPOSE))
                    .param("at", Timestamps.bind(clock.instant()))
                    .update());
            return toKey(raw);
        } catch (DuplicateKeyException e) {
            return ownTransaction.execute(status -> load()).orElseThrow(() -> e);
        }
    }

    private static SecretKey toKey(byte[] raw) {
        return new SecretKeySpec(raw, "HmacSHA256");
    }
}
