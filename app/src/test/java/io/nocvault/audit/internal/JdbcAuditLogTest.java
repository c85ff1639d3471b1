package io.nocvault.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The writer survives a database that refuses the insert. */
class JdbcAuditLogTest {

    @Test
    void aFailedInsertIsLoggedNotThrown() {
        DriverManagerDataSource db = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcClient jdbc = JdbcClient.create(db);
        jdbc.sql("create table audit_entries (id bigint primary key)").update();
        JdbcAuditLog log = new JdbcAuditLog(jdbc, new DataSourceTransactionManager(db));

        assertThatCode(() -> log.record(TestEvent.of("user.login"))).doesNotThrowAnyException();
        assertThatCode(() -> log.record(null)).doesNotThrowAnyException();
        assertThat(jdbc.sql("select count(*) from audit_entries")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
