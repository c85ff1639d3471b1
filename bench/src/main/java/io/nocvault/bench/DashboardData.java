package io.nocvault.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Bulk data for the dashboard benchmark, written straight to the tables: NOCs, devices (mixed types, reachability,
 * backup status and age), one version a day per device (3,650,000 rows for 10,000 devices over 365 days, inserted by
 * {@code insert … select} over a generated series in chunks, indexes and foreign keys built afterwards), the devices'
 * running totals, a year of daily backup counters, audit entries and recipients.
 */
final class DashboardData {

    static final long FIRST_NOC = 1000;
    static final long VERSION_CHUNK = 250_000;
    /** The indexes and foreign keys of {@code backup_versions} as V80 makes them. */
    static final String[] VERSION_INDEXES = {
        "ix_backup_versions_device on backup_versions (device_id, first_seen, id)",
        "ix_backup_versions_noc on backup_versions (noc_id)",
        "ix_backup_versions_blob on backup_versions (blob_id)",
        "ix_backup_versions_normalized on backup_versions (normalized_sha256)",
        "ix_backup_versions_checked on backup_versions (checked_at)"
    };

    static final String[] VERSION_FOREIGN_KEYS = {
        "fk_backup_versions_device foreign key (device_id) references backup_devices (device_id)",
        "fk_backup_versions_noc foreign key (noc_id) references nocs (id)",
        "fk_backup_versions_blob foreign key (blob_id) references backup_blobs (id)",
        "fk_backup_versions_normalized foreign key (normalized_sha256) references backup_blobs (id)"
    };
    static final String[] TYPES = {
        "cisco_ios", "cisco_nxos", "juniper_junos", "arista_eos", "huawei_vrp", "fortinet_fortios", "mikrotik_routeros"
    };

    private final JdbcTemplate jdbc;
    private final boolean postgres;
    private final Instant now;

    DashboardData(JdbcTemplate jdbc, boolean postgres, Instant now) {
        this.jdbc = jdbc;
        this.postgres = postgres;
        this.now = now;
    }

    void nocs(int count) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new Object[] {FIRST_NOC + i, "Bench NOC " + i, "bench noc " + i, at, at});
        }
        jdbc.batchUpdate(
                "insert into nocs (id, name, name_key, jump_port, created_at, updated_at) values (?, ?, ?, 22, ?, ?)",
                rows);
    }

    void devices(int count, int nocs) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String status = switch (i % 4) {
                case 0 -> "NEVER";
                case 1 -> "FAILED";
                default -> "SUCCESS";
            };
            Timestamp backup = status.equals("NEVER") ? null : Timestamp.from(now.minusSeconds(3600L * (i % 120)));
            String address = "10." + (i / 65536) + "." + (i / 256 % 256) + "." + (i % 256);
            rows.add(new Object[] {
                (long) i,
                FIRST_NOC + (i - 1) % nocs,
                "dev-" + i,
                "dev-" + i,
                address,
                address,
                TYPES[i % TYPES.length],
                i % 10 != 0,
                new String[] {"ACTIVE", "INACTIVE", "UNKNOWN"}[i % 3],
                status,
                backup,
                at,
                at
            });
            if (rows.size() == 1000 || i == count) {
                jdbc.batchUpdate("""
                        insert into devices (id, noc_id, hostname, hostname_key, address, address_key, port, device_type,
                            username, enabled, reachability, last_backup_status, last_backup_at, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, 22, ?, 'bench', ?, ?, ?, ?, ?, ?)""", rows);
                rows.clear();
            }
        }
        jdbc.update("insert into backup_devices (device_id, noc_id) select id, noc_id from devices");
    }

    /** {@code perDevice} daily versions of every device, over 1,000 shared blobs. */
    void versions(int devices, int perDevice, int nocCount) {
        Timestamp at = Timestamp.from(now);
        List<Object[]> blobs = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            blobs.add(new Object[] {"blob" + i, at});
        }
        jdbc.batchUpdate(
                "insert into backup_blobs (id, stored_size, raw_size, chain_depth, created_at) values (?, 1000, 4000, 0, ?)",
                blobs);
        long total = (long) devices * perDevice;
        String day = postgres
                ? "cast(? as timestamp with time zone) - ((x - 1) / " + devices + ") * interval '1 day'"
                : "dateadd(DAY, -((x - 1) / " + devices + "), cast(? as timestamp with time zone))";
        String insert =
                "insert into backup_versions (device_id, noc_id, blob_id, normalized_sha256, size, lines, added,"
                        + " removed, first_seen, last_confirmed, integrity)"
                        + " select mod(x - 1, " + devices + ") + 1, " + FIRST_NOC + " + mod(mod(x - 1, " + devices
                        + "), " + nocCount + "), concat('blob', mod(x, 1000)), concat('blob', mod(x + 1, 1000)),"
                        + " 1000 + mod(cast(x as bigint) * 7919, 50000), 300, 3, 2, " + day + ", " + day
                        + ", 'OK' from %s";
        // H2 keeps an index of its own for each foreign key besides V80's indexes (ten in all), and inserting millions
        // of rows into all of them took more than 24 minutes: drop the foreign keys and indexes, insert in chunks (each
        // committed), then build the indexes and add the foreign keys again (checked once, over the whole table)
        for (String index : VERSION_INDEXES) {
            jdbc.execute("drop index " + index.substring(0, index.indexOf(' ')));
        }
        for (String foreignKey : VERSION_FOREIGN_KEYS) {
            jdbc.execute(
                    "alter table backup_versions drop constraint " + foreignKey.substring(0, foreignKey.indexOf(' ')));
        }
        for (long first = 1; first <= total; first += VERSION_CHUNK) {
            long last = Math.min(total, first + VERSION_CHUNK - 1);
            String series = postgres
                    ? "generate_series(" + first + ", " + last + ") as g(x)"
                    : "system_range(" + first + ", " + last + ") as g(x)";
            jdbc.update(insert.formatted(series), at, at);
        }
        for (String index : VERSION_INDEXES) {
            jdbc.execute("create index " + index);
        }
        for (String foreignKey : VERSION_FOREIGN_KEYS) {
            jdbc.execute("alter table backup_versions add constraint " + foreignKey);
        }
    }

    /** The devices' running totals, computed as migration V82 backfills them. */
    void deviceTotals() {
        jdbc.execute("create table backup_device_totals_v82 (device_id bigint primary key, versions bigint not null,"
                + " bytes bigint not null, stored_bytes bigint not null)");
        jdbc.update("""
                insert into backup_device_totals_v82 (device_id, versions, bytes, stored_bytes)
                    select v.device_id, count(*), sum(v.size), sum(r.stored_size + n.stored_size)
                    from backup_versions v
                    join backup_blobs r on r.id = v.blob_id
                    join backup_blobs n on n.id = v.normalized_sha256
                    group by v.device_id""");
        jdbc.update("""
                update backup_devices set
                    versions = coalesce((select t.versions from backup_device_totals_v82 t
                                         where t.device_id = backup_devices.device_id), 0),
                    bytes = coalesce((select t.bytes from backup_device_totals_v82 t
                                      where t.device_id = backup_devices.device_id), 0),
                    stored_bytes = coalesce((select t.stored_bytes from backup_device_totals_v82 t
                                             where t.device_id = backup_devices.device_id), 0)""");
        jdbc.execute("drop table backup_device_totals_v82");
    }

    void backupDays(int days, int nocCount) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<Object[]> rows = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int n = 0; n < nocCount; n++) {
                rows.add(new Object[] {today.minusDays(d), FIRST_NOC + n, 900 + (d * 7 + n) % 100, (d + n) % 13});
            }
        }
        jdbc.batchUpdate(
                "insert into reporting_backup_days (backup_day, noc_id, succeeded, failed) values (?, ?, ?, ?)", rows);
    }

    void audit(int count, int nocCount) {
        String series =
                postgres ? "generate_series(1, " + count + ") as g(x)" : "system_range(1, " + count + ") as g(x)";
        String time = postgres
                ? "cast(? as timestamp with time zone) - x * interval '1 minute'"
                : "dateadd(MINUTE, -x, cast(? as timestamp with time zone))";
        jdbc.update(
                "insert into audit_entries (occurred_at, actor, action, target, noc_id, ip, user_agent, success)"
                        + " select " + time + ", 'bench', 'bench.action', concat('device dev-', x), " + FIRST_NOC
                        + " + mod(x, " + nocCount + "), '192.0.2.1', 'bench', true from " + series,
                Timestamp.from(now));
    }

    void recipients(int count, int nocCount) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            jdbc.update(
                    "insert into notify_recipients (name, email, created_at, updated_at) values (?, ?, ?, ?)",
                    "Bench " + i,
                    "bench" + i + "@example.com",
                    at,
                    at);
        }
        jdbc.update("insert into notify_recipient_nocs (recipient_id, noc_id) select id, " + FIRST_NOC + " + mod(id, "
                + nocCount + ") from notify_recipients");
    }

    void analyze() {
        jdbc.execute("analyze");
    }
}
