package io.nocvault.audit.internal;

import io.nocvault.audit.AuditLog;
import io.nocvault.common.AuditableEvent;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Inserts entries into {@code audit_entries}, each in a transaction of its own ({@code REQUIRES_NEW}): after the
 * publishing transaction has committed its connection can not take new work, and without one the entry must still
 * be written. Whatever goes wrong is logged and swallowed.
 */
@Component
class JdbcAuditLog implements AuditLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcAuditLog.class);
    private static final String INSERT = """
            insert into audit_entries (occurred_at, actor, action, target, noc_id, ip, user_agent, success, detail)
            values (:time, :actor, :action, :target, :nocId, :ip, :userAgent, :success, :detail)
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;
    private final Clock clock = Clock.systemUTC();

    JdbcAuditLog(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Override
    public void record(AuditableEvent event) {
        try {
            AuditRecord entry = AuditRecord.of(event, clock.instant());
            newTransaction.executeWithoutResult(status -> insert(entry));
        } catch (RuntimeException e) {
            log.warn("Could not write the audit entry of {}: {}", describe(event), e.toString());
            log.debug("Audit write failure", e);
        }
    }

    private void insert(AuditRecord entry) {
        jdbc.sql(INSERT)
                .param("time", OffsetDateTime.ofInstant(entry.time(), ZoneOffset.UTC))
                .param("actor", entry.actor())
                .param("action", entry.action())
                .param("target", entry.target(), Types.VARCHAR)
                .param("nocId", entry.nocId(), Types.BIGINT)
                .param("ip", entry.ip(), Types.VARCHAR)
                .param("userAgent", entry.userAgent(), Types.VARCHAR)
                .param("success", entry.success())
                .param("detail", entry.detail(), Types.VARCHAR)
                .update();
    }

    /** The event's class and action for the log; never its detail, and never failing itself. */
    private static String describe(AuditableEvent event) {
        if (event == null) {
            return "a null event";
        }
        try {
            return event.getClass().getSimpleName() + " (" + AuditRecord.cut(event.action(), AuditRecord.ACTION) + ")";
        } catch (RuntimeException e) {
            return event.getClass().getSimpleName();
        }
    }
}
