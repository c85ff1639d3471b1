package io.nocvault.transport.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads and changes rows of {@code host_keys} by id. Unscoped: {@link HostKeyReview} applies the NOC scope before
 * it calls anything here.
 */
@Component
class HostKeyRows {

    private static final String COLUMNS = "select id, subject, noc_id, label, key_type, fingerprint, first_seen,"
            + " last_seen, pending_key_type, pending_fingerprint, pending_seen_at from host_keys";

    private final JdbcClient jdbc;

    HostKeyRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The pins matching {@code condition} (SQL from the scope and the filter), changed ones first. */
    List<HostKeyView> list(String condition, Long nocId, int limit, long offset) {
        return jdbc.sql(COLUMNS + " where " + condition
                        + " order by case when pending_fingerprint is null then 1 else 0 end, label, id"
                        + " limit :limit offset :offset")
                .param("noc", nocId)
                .param("limit", limit)
                .param("offset", offset)
                .query(HostKeyRows::view)
                .list();
    }

    long count(String condition, Long nocId) {
        return jdbc.sql("select count(*) from host_keys where " + condition)
                .param("noc", nocId)
                .query(Long.class)
                .single();
    }

    Optional<HostKeyView> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(HostKeyRows::view)
                .optional();
    }

    /** Pins the offered key if it is still {@code offered}; false when it changed meanwhile. */
    boolean accept(long id, String offered) {
        return jdbc.sql("update host_keys set key_type = pending_key_type, fingerprint = pending_fingerprint,"
                                + " public_key = pending_public_key, first_seen = pending_seen_at,"
                                + " last_seen = pending_seen_at, pending_key_type = null, pending_fingerprint = null,"
                                + " pending_public_key = null, pending_seen_at = null"
                                + " where id = :id and pending_fingerprint = :fp")
                        .param("id", id)
                        .param("fp", offered)
                        .update()
                == 1;
    }

    boolean delete(long id) {
        return jdbc.sql("delete from host_keys where id = :id").param("id", id).update() == 1;
    }

    /** Removes the pins of a deleted NOC. */
    int deleteOfNoc(long nocId) {
        return jdbc.sql("delete from host_keys where noc_id = :noc")
                .param("noc", nocId)
                .update();
    }

    private static HostKeyView view(ResultSet rs, int row) throws SQLException {
        String subject = rs.getString("subject");
        String pending = rs.getString("pending_fingerprint");
        long noc = rs.getLong("noc_id");
        Long nocId = rs.wasNull() ? null : noc;
        return new HostKeyView(
                rs.getLong("id"),
                subject,
                HostKeyView.kindOf(subject),
                nocId,
                null,
                rs.getString("label"),
                rs.getString("key_type"),
                rs.getString("fingerprint"),
                rs.getObject("first_seen", OffsetDateTime.class),
                rs.getObject("last_seen", OffsetDateTime.class),
                pending == null ? HostKeyStatus.PINNED : HostKeyStatus.CHANGED,
                rs.getString("pending_key_type"),
                pending,
                rs.getObject("pending_seen_at", OffsetDateTime.class));
    }
}
