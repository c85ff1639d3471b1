package io.nocvault.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migration V82 backfills the per-device totals from the versions that exist before it: a fresh H2 database migrated
 * to V81, versions written straight to the tables (one blob shared by raw and normalized text, one device without
 * versions), then migrated to V82.
 */
class DeviceTotalsMigrationTest {

    record Totals(long device, long versions, long bytes, long storedBytes) {}

    @Test
    void v82FillsTheTotalsOfExistingVersions() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(
                "jdbc:h2:mem:v82-" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        migrate(dataSource, "81");
        JdbcClient jdbc = JdbcClient.create(dataSource);
        jdbc.sql("insert into nocs (id, name, name_key, created_at, updated_at)"
                        + " values (7, 'N', 'n', current_timestamp, current_timestamp)")
                .update();
        blob(jdbc, "a", 100);
        blob(jdbc, "b", 30);
        blob(jdbc, "c", 7);
        for (long device : new long[] {1, 2, 3}) {
            jdbc.sql("insert into backup_devices (device_id, noc_id) values (:d, 7)")
                    .param("d", device)
                    .update();
        }
        version(jdbc, 1, "a", "b", 1000);
        version(jdbc, 1, "a", "c", 1200);
        version(jdbc, 1, "c", "c", 50);
        version(jdbc, 2, "b", "b", 400);

        migrate(dataSource, "82");

        List<Totals> totals = jdbc.sql(
                        "select device_id, versions, bytes, stored_bytes from backup_devices order by device_id")
                .query((rs, n) -> new Totals(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
        assertThat(totals)
                .containsExactly(
                        new Totals(1, 3, 2250, 130 + 107 + 14), new Totals(2, 1, 400, 60), new Totals(3, 0, 0, 0));
        assertThat(jdbc.sql(
                                "select count(*) from information_schema.tables where table_name = 'backup_device_totals_v82'")
                        .query(Long.class)
                        .single())
                .as("the work table is gone")
                .isZero();
    }

    private static void migrate(JdbcDataSource dataSource, String target) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .target(target)
                .load()
                .migrate();
    }

    private static void blob(JdbcClient jdbc, String id, long storedSize) {
        jdbc.sql("insert into backup_blobs (id, stored_size, raw_size, chain_depth, created_at)"
                        + " values (:id, :size, 1, 0, current_timestamp)")
                .param("id", id)
                .param("size", storedSize)
                .update();
    }

    private static void version(JdbcClient jdbc, long device, String raw, String normalized, long size) {
        jdbc.sql("""
                        insert into backup_versions (device_id, noc_id, blob_id, normalized_sha256, size, lines, added,
                            removed, first_seen, last_confirmed, integrity)
                        values (:device, 7, :raw, :normalized, :size, 1, 1, 0, current_timestamp, current_timestamp, 'OK')
                        """)
                .param("device", device)
                .param("raw", raw)
                .param("normalized", normalized)
                .param("size", size)
                .update();
    }
}
