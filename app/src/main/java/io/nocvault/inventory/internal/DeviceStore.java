package io.nocvault.inventory.internal;

import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.Reachability;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code devices} and {@code device_tags} tables. Knows nothing of scopes: callers pass the condition. */
@Component
class DeviceStore {

    static final String COLUMNS = "d.id, d.noc_id, d.hostname, d.address, d.port, d.device_type, d.username,"
            + " d.password_sealed, d.enable_secret_sealed, d.description, d.enabled, d.reachability, d.last_seen,"
            + " d.last_backup_status, d.last_backup_at, d.last_backup_error, d.connect_timeout_ms,"
            + " d.login_timeout_ms, d.command_timeout_ms, d.created_at, d.updated_at";

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate named;

    DeviceStore(JdbcClient jdbc, NamedParameterJdbcTemplate named) {
        this.jdbc = jdbc;
        this.named = named;
    }

    /** Inserts the device (secrets already sealed) and answers its id. */
    long insert(StoredDevice d, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into devices (noc_id, hostname, hostname_key, address, address_key, port, device_type,"
                        + " username, password_sealed, enable_secret_sealed, description, enabled,"
                        + " connect_timeout_ms, login_timeout_ms, command_timeout_ms, created_at, updated_at)"
                        + " values (:noc, :hostname, :hostnameKey, :address, :addressKey, :port, :type, :username,"
                        + " :password, :enable, :description, :enabled, :connect, :login, :command, :now, :now)")
                .params(params(d, now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceTags(id, d.tags());
        return id;
    }

    /**
     * Inserts many devices with their tags in batches (the caller's transaction makes it all or nothing) and
     * answers their ids, in the order given.
     */
    List<Long> insertAll(List<StoredDevice> devices, Instant now) {
        if (devices.isEmpty()) {
            return List.of();
        }
        SqlParameterSource[] rows = devices.stream()
                .map(d -> new MapSqlParameterSource(params(d, now)))
                .toArray(SqlParameterSource[]::new);
        named.batchUpdate(
                "insert into devices (noc_id, hostname, hostname_key, address, address_key, port, device_type,"
                        + " username, password_sealed, enable_secret_sealed, description, enabled, connect_timeout_ms,"
                        + " login_timeout_ms, command_timeout_ms, created_at, updated_at) values (:noc, :hostname,"
                        + " :hostnameKey, :address, :addressKey, :port, :type, :username, :password, :enable,"
                        + " :description, :enabled, :connect, :login, :command, :now, :now)",
                rows);
        Map<String, Long> ids = new HashMap<>();
        devices.stream()
                .map(StoredDevice::nocId)
                .distinct()
                .forEach(noc -> jdbc.sql("select id, hostname_key from devices where noc_id = :noc")
                        .param("noc", noc)
                        .query(rs -> {
                            ids.put(noc + "|" + rs.getString(2), rs.getLong(1));
                        }));
        List<Long> result = new ArrayList<>(devices.size());
        List<SqlParameterSource> tags = new ArrayList<>();
        for (StoredDevice d : devices) {
            long id = ids.get(d.nocId() + "|" + key(d.hostname()));
            result.add(id);
            d.tags().forEach(tag -> tags.add(new MapSqlParameterSource("id", id).addValue("tag", tag)));
        }
        named.batchUpdate(
                "insert into device_tags (device_id, tag) values (:id, :tag)", tags.toArray(SqlParameterSource[]::new));
        return result;
    }

    /** Every device's {hostname key, address key, port} of a NOC, for duplicate checks of an import. */
    List<String[]> keysOfNoc(long nocId) {
        return jdbc.sql("select hostname_key, address_key, port from devices where noc_id = :noc")
                .param("noc", nocId)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), String.valueOf(rs.getInt(3))})
                .list();
    }

    void update(long id, StoredDevice d, Instant now) {
        jdbc.sql("update devices set noc_id = :noc, hostname = :hostname, hostname_key = :hostnameKey,"
                        + " address = :address, address_key = :addressKey, port = :port, device_type = :type,"
                        + " username = :username, password_sealed = :password, enable_secret_sealed = :enable,"
                        + " description = :description, enabled = :enabled, connect_timeout_ms = :connect,"
                        + " login_timeout_ms = :login, command_timeout_ms = :command, updated_at = :now"
                        + " where id = :id")
                .params(params(d, now))
                .param("id", id)
                .update();
        replaceTags(id, d.tags());
    }

    void delete(long id) {
        jdbc.sql("delete from device_tags where device_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from devices where id = :id").param("id", id).update();
    }

    void setEnabled(long id, boolean enabled, Instant now) {
        jdbc.sql("update devices set enabled = :enabled, updated_at = :now where id = :id")
                .param("enabled", enabled)
                .param("now", time(now))
                .param("id", id)
                .update();
    }

    Optional<DeviceRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from devices d where d.id = :id")
                .param("id", id)
                .query(DeviceStore::row)
                .optional()
                .map(r -> withTags(List.of(r)).getFirst());
    }

    /** Devices matching {@code where} (SQL on alias {@code d} with named parameters {@code params}). */
    List<DeviceRow> list(String where, Map<String, Object> params, String orderBy, int limit, long offset) {
        return withTags(jdbc.sql("select " + COLUMNS + " from devices d where " + where + " order by " + orderBy
                        + " limit :limit offset :offset")
                .params(params)
                .param("limit", limit)
                .param("offset", offset)
                .query(DeviceStore::row)
                .list());
    }

    long count(String where, Map<String, Object> params) {
        return jdbc.sql("select count(*) from devices d where " + where)
                .params(params)
                .query(Long.class)
                .single();
    }

    List<Long> idsOfNoc(long nocId) {
        return jdbc.sql("select id from devices where noc_id = :noc order by id")
                .param("noc", nocId)
                .query(Long.class)
                .list();
    }

    long countOfNoc(long nocId) {
        return jdbc.sql("select count(*) from devices where noc_id = :noc")
                .param("noc", nocId)
                .query(Long.class)
                .single();
    }

    long countOfType(String typeKey) {
        return jdbc.sql("select count(*) from devices where device_type = :type")
                .param("type", typeKey)
                .query(Long.class)
                .single();
    }

    /** The id of the NOC's device with this hostname (any case), if any. */
    Optional<Long> idByHostname(long nocId, String hostname) {
        return jdbc.sql("select id from devices where noc_id = :noc and hostname_key = :key")
                .param("noc", nocId)
                .param("key", key(hostname))
                .query(Long.class)
                .optional();
    }

    /** The id of the NOC's device at this address and port, if any. */
    Optional<Long> idByAddress(long nocId, String address, int port) {
        return jdbc.sql("select id from devices where noc_id = :noc and address_key = :key and port = :port")
                .param("noc", nocId)
                .param("key", key(address))
                .param("port", port)
                .query(Long.class)
                .optional();
    }

    void recordBackup(long id, BackupStatus status, Instant at, String error) {
        jdbc.sql("update devices set last_backup_status = :status, last_backup_at = :at, last_backup_error = :error"
                        + " where id = :id")
                .param("status", status.name())
                .param("at", at == null ? null : time(at))
                .param("error", error)
                .param("id", id)
                .update();
    }

    void recordPing(long id, Reachability reachability, Instant lastSeen) {
        jdbc.sql("update devices set reachability = :state, last_seen = coalesce(:seen, last_seen) where id = :id")
                .param("state", reachability.name())
                .param("seen", lastSeen == null ? null : time(lastSeen))
                .param("id", id)
                .update();
    }

    static String key(String value) {
        return value.strip().toLowerCase(Locale.ROOT);
    }

    static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private void replaceTags(long id, Collection<String> tags) {
        jdbc.sql("delete from device_tags where device_id = :id")
                .param("id", id)
                .update();
        for (String tag : tags) {
            jdbc.sql("insert into device_tags (device_id, tag) values (:id, :tag)")
                    .param("id", id)
                    .param("tag", tag)
                    .update();
        }
    }

    private List<DeviceRow> withTags(List<DeviceRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<String>> tags = new HashMap<>();
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Long> ids = rows.subList(from, Math.min(rows.size(), from + 1000)).stream()
                    .map(DeviceRow::id)
                    .toList();
            jdbc.sql("select device_id, tag from device_tags where device_id in (:ids)")
                    .param("ids", ids)
                    .query(rs -> {
                        tags.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>())
                                .add(rs.getString(2));
                    });
        }
        List<DeviceRow> result = new ArrayList<>(rows.size());
        for (DeviceRow r : rows) {
            result.add(r.withTags(tags.getOrDefault(r.id(), Set.of())));
        }
        return result;
    }

    static Map<String, Object> params(StoredDevice d, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("noc", d.nocId());
        p.put("hostname", d.hostname());
        p.put("hostnameKey", key(d.hostname()));
        p.put("address", d.address());
        p.put("addressKey", key(d.address()));
        p.put("port", d.port());
        p.put("type", d.deviceType());
        p.put("username", d.username());
        p.put("password", d.passwordSealed());
        p.put("enable", d.enableSecretSealed());
        p.put("description", d.description());
        p.put("enabled", d.enabled());
        p.put("connect", d.connectTimeoutMillis());
        p.put("login", d.loginTimeoutMillis());
        p.put("command", d.commandTimeoutMillis());
        p.put("now", time(now));
        return p;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static DeviceRow row(ResultSet rs, int n) throws SQLException {
        return new DeviceRow(
                rs.getLong("id"),
                rs.getLong("noc_id"),
                rs.getString("hostname"),
                rs.getString("address"),
                rs.getInt("port"),
                rs.getString("device_type"),
                rs.getString("username"),
                rs.getString("password_sealed"),
                rs.getString("enable_secret_sealed"),
                Set.of(),
                rs.getString("description"),
                rs.getBoolean("enabled"),
                Reachability.valueOf(rs.getString("reachability")),
                instant(rs, "last_seen"),
                BackupStatus.valueOf(rs.getString("last_backup_status")),
                instant(rs, "last_backup_at"),
                rs.getString("last_backup_error"),
                nullableLong(rs, "connect_timeout_ms"),
                nullableLong(rs, "login_timeout_ms"),
                nullableLong(rs, "command_timeout_ms"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }
}
