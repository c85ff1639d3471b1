package io.nocvault.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code notify_channels} table; the secret column holds what {@code SecretBox} sealed. */
@Component
class ChannelStore {

    private static final String COLUMNS = "id, name, type, enabled, url, username, secret_sealed, body_template,"
            + " smtp_host, smtp_port, tls_mode, from_address, created_at, updated_at";

    private final JdbcClient jdbc;

    ChannelStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored row; {@code secretSealed} stays sealed. */
    record Row(
            long id,
            String name,
            ChannelType type,
            boolean enabled,
            String url,
            String username,
            String secretSealed,
            String bodyTemplate,
            String smtpHost,
            Integer smtpPort,
            TlsMode tlsMode,
            String fromAddress,
            Instant createdAt,
            Instant updatedAt) {}

    long insert(ChannelCommand c, String secretSealed, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into notify_channels (name, name_key, type, enabled, url, username, secret_sealed,"
                        + " body_template, smtp_host, smtp_port, tls_mode, from_address, created_at, updated_at)"
                        + " values (:name, :key, :type, :enabled, :url, :username, :secret, :template, :host, :port,"
                        + " :tls, :from, :now, :now)")
                .params(params(c, secretSealed, now))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void update(long id, ChannelCommand c, String secretSealed, Instant now) {
        jdbc.sql("update notify_channels set name = :name, name_key = :key, type = :type, enabled = :enabled,"
                        + " url = :url, username = :username, secret_sealed = :secret, body_template = :template,"
                        + " smtp_host = :host, smtp_port = :port, tls_mode = :tls, from_address = :from,"
                        + " updated_at = :now where id = :id")
                .params(params(c, secretSealed, now))
                .param("id", id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from notify_channels where id = :id").param("id", id).update();
    }

    Optional<Row> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from notify_channels where id = :id")
                .param("id", id)
                .query(ChannelStore::row)
                .optional();
    }

    List<Row> all() {
        return jdbc.sql("select " + COLUMNS + " from notify_channels order by name_key")
                .query(ChannelStore::row)
                .list();
    }

    List<Row> enabled() {
        return jdbc.sql("select " + COLUMNS + " from notify_channels where enabled = true order by id")
                .query(ChannelStore::row)
                .list();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select count(*) from notify_channels where name_key = :key and id <> :id")
                        .param("key", key(name))
                        .param("id", exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> params(ChannelCommand c, String secretSealed, Instant now) {
        boolean email = c.type() == ChannelType.EMAIL;
        Map<String, Object> p = new HashMap<>();
        p.put("name", c.name());
        p.put("key", key(c.name()));
        p.put("type", c.type().name());
        p.put("enabled", c.enabled());
        p.put("url", email ? null : c.url());
        p.put("username", c.type() == ChannelType.WEBHOOK ? null : c.username());
        p.put("secret", secretSealed);
        p.put("template", ChannelValidation.template(c));
        p.put("host", email ? c.smtpHost() : null);
        p.put("port", email ? ChannelValidation.smtpPort(c) : null);
        p.put("tls", email ? ChannelValidation.tlsMode(c).name() : null);
        p.put("from", email ? c.fromAddress() : null);
        p.put("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        return p;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        String tls = rs.getString("tls_mode");
        return new Row(
                rs.getLong("id"),
                rs.getString("name"),
                ChannelType.valueOf(rs.getString("type")),
                rs.getBoolean("enabled"),
                rs.getString("url"),
                rs.getString("username"),
                rs.getString("secret_sealed"),
                rs.getString("body_template"),
                rs.getString("smtp_host"),
                rs.getObject("smtp_port", Integer.class),
                tls == null ? null : TlsMode.valueOf(tls),
                rs.getString("from_address"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getObject("updated_at", OffsetDateTime.class).toInstant());
    }
}
