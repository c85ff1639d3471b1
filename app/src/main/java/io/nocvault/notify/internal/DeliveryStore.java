package io.nocvault.notify.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code notify_deliveries} table: the delivery log. Knows nothing of scopes. */
@Component
class DeliveryStore {

    private static final int MAX_MESSAGE = 8000;
    private static final int MAX_SUBJECT = 300;

    private final JdbcClient jdbc;

    DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new QUEUED delivery of {@code message} to {@code address} on {@code channel}; answers its id. */
    long queue(Message message, ChannelSettings channel, Long recipientId, String recipientName, String address) {
        Map<String, Object> p = new HashMap<>();
        p.put("now", timestamp(Instant.now()));
        p.put("category", message.category().name());
        p.put("noc", message.nocId());
        p.put("subject", cut(message.subject(), MAX_SUBJECT));
        p.put("message", cut(message.text(), MAX_MESSAGE));
        p.put("batch", cut(message.batchKey(), 200));
        p.put("count", message.alerts().size());
        p.put("recipient", recipientId);
        p.put("recipientName", recipientName);
        p.put("channel", channel.id());
        p.put("channelName", channel.name());
        p.put("channelType", channel.type().name());
        p.put("address", cut(address, 300));
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into notify_deliveries (created_at, updated_at, category, noc_id, subject, message, batch_key,"
                        + " alert_count, recipient_id, recipient_name, channel_id, channel_name, channel_type,"
                        + " address, status, attempts) values (:now, :now, :category, :noc, :subject, :message,"
                        + " :batch, :count, :recipient, :recipientName, :channel, :channelName, :channelType,"
                        + " :address, 'QUEUED', 0)")
                .params(p)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Records attempt {@code attempt} with its answer and the resulting status. */
    void record(long id, int attempt, ChannelAnswer answer, DeliveryStatus status, Instant nextAttempt) {
        Instant now = Instant.now();
        jdbc.sql("update notify_deliveries set status = :status, attempts = :attempt, answer_status = :code,"
                        + " answer = :answer, next_attempt_at = :next, updated_at = :now,"
                        + " sent_at = case when :sent = true then :now else sent_at end where id = :id")
                .param("status", status.name())
                .param("attempt", attempt)
                .param("code", answer.status())
                .param("answer", cut(answer.excerpt(), 500))
                .param("next", nextAttempt == null ? null : timestamp(nextAttempt))
                .param("now", timestamp(now))
                .param("sent", status == DeliveryStatus.SENT)
                .param("id", id)
                .update();
    }

    List<DeliveryView> list(String condition, DeliveryStatus status, int limit, long offset) {
        return jdbc.sql("select * from notify_deliveries d where " + condition + statusFilter(status)
                        + " order by d.id desc limit :limit offset :offset")
                .param("status", status == null ? null : status.name())
                .param("limit", limit)
                .param("offset", offset)
                .query(DeliveryStore::row)
                .list();
    }

    long count(String condition, DeliveryStatus status) {
        return jdbc.sql("select count(*) from notify_deliveries d where " + condition + statusFilter(status))
                .param("status", status == null ? null : status.name())
                .query(Long.class)
                .single();
    }

    Optional<DeliveryView> find(long id) {
        return jdbc.sql("select * from notify_deliveries d where d.id = :id")
                .param("id", id)
                .query(DeliveryStore::row)
                .optional();
    }

    private static String statusFilter(DeliveryStatus status) {
        return status == null ? "" : " and d.status = :status";
    }

    private static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static DeliveryView row(ResultSet rs, int n) throws SQLException {
        return new DeliveryView(
                rs.getLong("id"),
                instant(rs, "created_at"),
                rs.getString("category"),
                rs.getObject("noc_id", Long.class),
                rs.getString("subject"),
                rs.getString("message"),
                rs.getString("batch_key"),
                rs.getInt("alert_count"),
                rs.getObject("recipient_id", Long.class),
                rs.getString("recipient_name"),
                rs.getObject("channel_id", Long.class),
                rs.getString("channel_name"),
                ChannelType.valueOf(rs.getString("channel_type")),
                rs.getString("address"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"),
                rs.getObject("answer_status", Integer.class),
                rs.getString("answer"),
                instant(rs, "updated_at"));
    }
}
