package io.nocvault;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.secrets.SecretBox;
import io.nocvault.test.NocVaultTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole application starts on an empty database, migrates it and can encrypt. */
@NocVaultTest
class ApplicationStartsTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SecretBox secrets;

    @Test
    void migratesAndRecordsTheKeyCheck() {
        assertThat(jdbc.sql("select count(*) from secrets_key_check")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(secrets.open(secrets.seal("x", "t"), "t")).isEqualTo("x");
    }
}
