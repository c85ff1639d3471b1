package io.nocvault.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code notify_recipients} and {@code notify_recipient_nocs} tables. Knows nothing of scopes. */
@Component
class RecipientStore {

    private static final String COLUMNS = "r.id, r.name, r.phone, r.email, r.device_alerts, r.backup_alerts,"
            + " r.config_alerts, r.enabled, r.created_at, r.updated_at";

    private final JdbcClient jdbc;

    RecipientStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(RecipientCommand c, Set<Long> nocIds, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into notify_recipients (name, phone, email, device_alerts, backup_alerts, config_alerts,"
                        + " enabled, created_at, updated_at) values (:name, :phone, :email, :device, :backup, :config,"
                        + " :enabled, :now, :now)")
                .params(params(c, now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceNocs(id, nocIds);
        return id;
    }

    void update(long id, RecipientCommand c, Set<Long> nocIds, Instant now) {
        jdbc.sql("update notify_recipients set name = :name, phone = :phone, email = :email, device_alerts = :device,"
                        + " backup_alerts = :backup, config_alerts = :config, enabled = :enabled, updated_at = :now"
                        + " where id = :id")
                .params(params(c, now))
                .param("id", id)
                .update();
        replaceNocs(id, nocIds);
    }

    void delete(long id) {
        jdbc.sql("delete from notify_recipient_nocs where recipient_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from notify_recipients where id = :id").param("id", id).update();
    }

    Optional<RecipientRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notify_recipients r where r.id = :id")
                .param("id", id)
                .query(RecipientStore::row)
                .optional()
                .map(r -> withNocs(List.of(r)).getFirst());
    }

    /** Recipients matching {@code condition} (SQL on alias {@code r}, built from numbers only) and {@code q}. */
    List<RecipientRow> list(String condition, String q, int limit, long offset) {
        return withNocs(jdbc.sql("select " + COLUMNS + " from notify_recipients r where " + condition + search(q)
                        + " order by lower(r.name), r.id limit :limit offset :offset")
                .param("q", pattern(q))
                .param("limit", limit)
                .param("offset", offset)
                .query(RecipientStore::row)
                .list());
    }

    long count(String condition, String q) {
        return jdbc.sql("select count(*) from notify_recipients r where " + condition + search(q))
                .param("q", pattern(q))
                .query(Long.class)
                .single();
    }

    long countForNoc(long nocId) {
        return jdbc.sql("select count(*) from notify_recipient_nocs where noc_id = :noc")
                .param("noc", nocId)
                .query(Long.class)
                .single();
    }

    /**
     * The enabled recipients who want alerts of {@code preferenceColumn} for {@code nocId}: those of the NOC and
     * the global ones (no NOC); for a global alert ({@code nocId} null) only the global ones.
     */
    List<RecipientRow> wanting(String preferenceColumn, Long nocId) {
        String nocs = "not exists (select 1 from notify_recipient_nocs g where g.recipient_id = r.id)";
        if (nocId != null) {
            nocs = "(" + nocs + " or exists (select 1 from notify_recipient_nocs n where n.recipient_id = r.id"
                    + " and n.noc_id = :noc))";
        }
        return jdbc.sql("select " + COLUMNS + " from notify_recipients r where r.enabled = true and r."
                        + preferenceColumn + " = true and " + nocs + " order by r.id")
                .param("noc", nocId)
                .query(RecipientStore::row)
                .list();
    }

    private void replaceNocs(long id, Collection<Long> nocIds) {
        jdbc.sql("delete from notify_recipient_nocs where recipient_id = :id")
                .param("id", id)
                .update();
        for (Long nocId : nocIds) {
            jdbc.sql("insert into notify_recipient_nocs (recipient_id, noc_id) values (:id, :noc)")
                    .param("id", id)
                    .param("noc", nocId)
                    .update();
        }
    }

    private List<RecipientRow> withNocs(List<RecipientRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<Long>> nocs = new HashMap<>();
        jdbc.sql("select recipient_id, noc_id from notify_recipient_nocs where recipient_id in (:ids)")
                .param("ids", rows.stream().map(RecipientRow::id).toList())
                .query(rs -> {
                    nocs.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                            .add(rs.getLong(2));
                });
        List<RecipientRow> result = new ArrayList<>();
        for (RecipientRow r : rows) {
            result.add(new RecipientRow(
                    r.id(),
                    r.name(),
                    r.phone(),
                    r.email(),
                    Set.copyOf(nocs.getOrDefault(r.id(), Set.of())),
                    r.deviceAlerts(),
                    r.backupAlerts(),
                    r.configAlerts(),
                    r.enabled(),
                    r.createdAt(),
                    r.updatedAt()));
        }
        return result;
    }

    private static Map<String, Object> params(RecipientCommand c, Instant now) {
        Map<String, Object> p = new HashMap<>();
        p.put("name", c.name());
        p.put("phone", c.phone());
        p.put("email", c.email());
        p.put("device", c.deviceAlerts());
        p.put("backup", c.backupAlerts());
        p.put("config", c.configAlerts());
        p.put("enabled", c.enabled());
        p.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return p;
    }

    private static String search(String q) {
        return q == null
                ? ""
                : " and (lower(r.name) like :q escape '\\' or lower(r.email) like :q escape '\\'"
                        + " or r.phone like :q escape '\\')";
    }

    private static String pattern(String q) {
        if (q == null) {
            return null;
        }
        String escaped = q.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private static RecipientRow row(ResultSet rs, int n) throws SQLException {
        return new RecipientRow(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("phone"),
                rs.getString("email"),
                Set.of(),
                rs.getBoolean("device_alerts"),
                rs.getBoolean("backup_alerts"),
                rs.getBoolean("config_alerts"),
                rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
