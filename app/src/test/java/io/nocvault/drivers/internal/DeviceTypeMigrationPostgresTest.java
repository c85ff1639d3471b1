package io.nocvault.drivers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** The device type migration on a real PostgreSQL (the API tests run it on H2 in PostgreSQL mode). */
class DeviceTypeMigrationPostgresTest {

    @Test
    void migratesAndStoresALargeOverrideText() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            String overrides = "mask:\n" + "  - 'x'\n".repeat(5_000);
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO device_type (type_key, name, base_key,"
                        + " overrides, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
                    insert.setString(1, "ios_lab");
                    insert.setString(2, "IOS lab");
                    insert.setString(3, "cisco_ios");
                    insert.setString(4, overrides);
                    insert.setTimestamp(5, Timestamp.from(Instant.now()));
                    insert.setTimestamp(6, Timestamp.from(Instant.now()));
                    insert.executeUpdate();
                }
                try (ResultSet rs = c.createStatement()
                        .executeQuery("SELECT overrides FROM device_type WHERE base_key = 'cisco_ios'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo(overrides);
                }
            }
        }
    }
}
