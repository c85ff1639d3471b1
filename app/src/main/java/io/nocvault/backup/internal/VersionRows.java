package io.nocvault.backup.internal;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.IntegrityStatus;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * The {@code backup_versions} and {@code backup_devices} tables. No scoping here: callers apply the NOC scope. Every
 * insert and delete of a version goes through {@link #insert} and {@link #delete}, which keep the device's running
 * totals ({@code versions}, {@code bytes}, {@code stored_bytes}) in the same transaction.
 */
@Component
class VersionRows {

    static final String COLUMNS = """
            v.id, v.device_id, v.noc_id, v.blob_id, v.normalized_sha256, v.size, v.lines, v.added, v.removed,
            v.first_seen, v.last_confirmed, v.run_id, v.integrity, v.checked_at""";
    static final String NEWEST_FIRST = " order by v.first_seen desc, v.id desc";

    /** A version before it has an id. */
    record NewVersion(
            long deviceId,
            long nocId,
            String blobId,
            String normalizedSha256,
            long size,
            int lines,
            int added,
            int removed,
            Instant at,
            Long runId) {}

    private final JdbcClient jdbc;

    VersionRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Creates the device's lock row if it is missing; safe to call concurrently. */
    void ensureDevice(long deviceId, long nocId) {
        try {
            jdbc.sql("""
                            insert into backup_devices (device_id, noc_id)
                            select :device, :noc where not exists
                              (select 1 from backup_devices where device_id = :device)
                            """).param("device", deviceId).param("noc", nocId).update();
        } catch (DuplicateKeyException alreadyThere) {
            // another thread created it first
        }
    }

    /** Locks the device's row until the transaction ends; answers its NOC id, empty when it has none. */
    Optional<Long> lockDevice(long deviceId) {
        return jdbc.sql("select noc_id from backup_devices where device_id = :device for update")
                .param("device", deviceId)
                .query(Long.class)
                .optional();
    }

    Optional<Long> nocOfDevice(long deviceId) {
        return jdbc.sql("select noc_id from backup_devices where device_id = :device")
                .param("device", deviceId)
                .query(Long.class)
                .optional();
    }

    /** The device's version count from its running total; 0 when it has none. */
    long versionCount(long deviceId) {
        return jdbc.sql("select versions from backup_devices where device_id = :device")
                .param("device", deviceId)
                .query(Long.class)
                .optional()
                .orElse(0L);
    }

    /** Moves the device and its versions to another NOC (the device was moved in the inventory). */
    void moveDevice(long deviceId, long nocId) {
        jdbc.sql("update backup_devices set noc_id = :noc where device_id = :device")
                .param("noc", nocId)
                .param("device", deviceId)
                .update();
        jdbc.sql("update backup_versions set noc_id = :noc where device_id = :device")
                .param("noc", nocId)
                .param("device", deviceId)
                .update();
    }

    List<Long> deviceIds() {
        return jdbc.sql("select device_id from backup_devices order by device_id")
                .query(Long.class)
                .list();
    }

    Optional<BackupVersion> latest(long deviceId) {
        return jdbc.sql("select " + COLUMNS + " from backup_versions v where v.device_id = :device" + NEWEST_FIRST
                        + " limit 1")
                .param("device", deviceId)
                .query(VersionRows::map)
                .optional();
    }

    List<BackupVersion> ofDevice(long deviceId) {
        return jdbc.sql("select " + COLUMNS + " from backup_versions v where v.device_id = :device" + NEWEST_FIRST)
                .param("device", deviceId)
                .query(VersionRows::map)
                .list();
    }

    Optional<BackupVersion> find(long versionId) {
        return jdbc.sql("select " + COLUMNS + " from backup_versions v where v.id = :id")
                .param("id", versionId)
                .query(VersionRows::map)
                .optional();
    }

    long insert(NewVersion version) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into backup_versions (device_id, noc_id, blob_id, normalized_sha256, size, lines, added,
                            removed, first_seen, last_confirmed, run_id, integrity)
                        values (:device, :noc, :blob, :normalized, :size, :lines, :added, :removed, :at, :at, :run, 'OK')
                        """)
                .param("device", version.deviceId())
                .param("noc", version.nocId())
                .param("blob", version.blobId())
                .param("normalized", version.normalizedSha256())
                .param("size", version.size())
                .param("lines", version.lines())
                .param("added", version.added())
                .param("removed", version.removed())
                .param("at", Timestamps.param(version.at()))
                .param("run", version.runId())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        countInTotals(id, 1);
        return id;
    }

    /** Moves {@code last_confirmed} forward to {@code at} (never backwards). */
    void confirm(long versionId, Instant at) {
        jdbc.sql("update backup_versions set last_confirmed = :at where id = :id and last_confirmed < :at")
                .param("at", Timestamps.param(at))
                .param("id", versionId)
                .update();
    }

    void delete(long versionId) {
        countInTotals(versionId, -1);
        jdbc.sql("delete from backup_versions where id = :id")
                .param("id", versionId)
                .update();
    }

    /**
     * Adds ({@code sign} 1) or takes away (-1) the version in its device's totals: one version, its raw size, and the
     * stored sizes of its raw and normalized blobs (both counted, even when they are the same blob).
     */
    private void countInTotals(long versionId, int sign) {
        jdbc.sql("""
                        update backup_devices set
                            versions = versions + :sign,
                            bytes = bytes + :sign * (select v.size from backup_versions v where v.id = :id),
                            stored_bytes = stored_bytes + :sign * (
                                select r.stored_size + n.stored_size from backup_versions v
                                join backup_blobs r on r.id = v.blob_id
                                join backup_blobs n on n.id = v.normalized_sha256
                                where v.id = :id)
                        where device_id = (select v.device_id from backup_versions v where v.id = :id)
                        """).param("sign", sign).param("id", versionId).update();
    }

    void markIntegrity(long versionId, IntegrityStatus status, Instant checkedAt) {
        jdbc.sql("update backup_versions set integrity = :status, checked_at = :at where id = :id")
                .param("status", status.name())
                .param("at", Timestamps.param(checkedAt))
                .param("id", versionId)
                .update();
    }

    long count() {
        return jdbc.sql("select count(*) from backup_versions")
                .query(Long.class)
                .single();
    }

    /** The device's running total of stored bytes (0 when it has no versions). */
    long storedBytes(long deviceId) {
        return jdbc.sql("select coalesce(max(stored_bytes), 0) from backup_devices where device_id = :device")
                .param("device", deviceId)
                .query(Long.class)
                .single();
    }

    long deviceCount() {
        return jdbc.sql("select count(*) from backup_devices").query(Long.class).single();
    }

    static BackupVersion map(ResultSet rs, int row) throws SQLException {
        return new BackupVersion(
                rs.getLong("id"),
                rs.getLong("device_id"),
                rs.getLong("noc_id"),
                rs.getString("blob_id"),
                rs.getString("normalized_sha256"),
                rs.getLong("size"),
                rs.getInt("lines"),
                rs.getInt("added"),
                rs.getInt("removed"),
                Timestamps.read(rs, "first_seen"),
                Timestamps.read(rs, "last_confirmed"),
                rs.getObject("run_id", Long.class),
                IntegrityStatus.valueOf(rs.getString("integrity")),
                Timestamps.read(rs, "checked_at"));
    }
}
