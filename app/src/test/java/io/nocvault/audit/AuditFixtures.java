package io.nocvault.audit;

import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Stores entries with a chosen time, which the real writer (always "now") can not. */
public record AuditFixtures(JdbcClient jdbc) {

    public void insert(Instant time, String actor, String action, Long nocId, boolean success) {
        insert(time, actor, action, nocId, success, "target of " + action, null);
    }

    public void insert(
            Instant time, String actor, String action, Long nocId, boolean success, String target, String detail) {
        jdbc.sql("""
                        insert into audit_entries (occurred_at, actor, action, target, noc_id, ip, user_agent, success, detail)
                        values (:time, :actor, :action, :target, :nocId, '192.0.2.7', 'test-agent', :success, :detail)
                        """)
                .param("time", OffsetDateTime.ofInstant(time, ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", action)
                .param("target", target, Types.VARCHAR)
                .param("nocId", nocId, Types.BIGINT)
                .param("success", success)
                .param("detail", detail, Types.VARCHAR)
                .update();
    }
}
