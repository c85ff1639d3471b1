package io.nocvault.audit.internal;

import io.nocvault.common.Paging;
import io.nocvault.common.Walk;
import io.nocvault.identity.CurrentUsers;
import io.nocvault.noc.NocScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads entries for the current caller, newest first. Every method applies the caller's {@link AuditVisibility}
 * (through {@link AuditSql}); there is no unscoped read. Without a user, or without a {@link NocScope} bean,
 * nothing is visible.
 */
@Component
public class AuditQuery {

    private static final String COLUMNS =
            "select id, occurred_at, actor, action, target, noc_id, ip, user_agent, success, detail from audit_entries";
    private static final String NEWEST_FIRST = " order by occurred_at desc, id desc";
    private static final int EXPORT_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final CurrentUsers users;
    private final ObjectProvider<NocScope> scopes;
    private final TransactionTemplate readOnly;

    AuditQuery(
            JdbcClient jdbc,
            CurrentUsers users,
            ObjectProvider<NocScope> scopes,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.users = users;
        this.scopes = scopes;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** One page of the filtered list and the list's total size. */
    public AuditPage page(AuditFilter filter, Paging paging) {
        AuditSql sql = AuditSql.of(filter, visibility());
        long count = jdbc.sql("select count(*) from audit_entries" + sql.where())
                .params(sql.params())
                .query(Long.class)
                .single();
        List<AuditEntry> entries = jdbc.sql(COLUMNS + sql.where() + NEWEST_FIRST + " limit :limit offset :offset")
                .params(sql.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(AuditQuery::row)
                .list();
        return new AuditPage(entries, count);
    }

    /** The newest entries, at most {@code limit}. */
    public List<AuditEntry> latest(int limit) {
        AuditSql sql = AuditSql.of(AuditFilter.NONE, visibility());
        return jdbc.sql(COLUMNS + sql.where() + NEWEST_FIRST + " limit :limit")
                .params(sql.params())
                .param("limit", limit)
                .query(AuditQuery::row)
                .list();
    }

    /**
     * Hands every filtered entry to {@code sink}, one row at a time, without holding the list in memory (a cursor
     * in a read-only transaction, so PostgreSQL streams too).
     */
    public void forEach(AuditFilter filter, Consumer<AuditEntry> sink) {
        AuditSql sql = AuditSql.of(filter, visibility());
        RowCallbackHandler each = rs -> sink.accept(row(rs, rs.getRow()));
        readOnly.executeWithoutResult(status -> jdbc.sql(COLUMNS + sql.where() + NEWEST_FIRST)
                .withFetchSize(EXPORT_FETCH_SIZE)
                .params(sql.params())
                .query(each));
    }

    /** Like {@link #forEach}, with the caller's visibility fixed now and the reading done later (any thread). */
    Walk<AuditEntry> walk(AuditFilter filter) {
        AuditSql sql = AuditSql.of(filter, visibility());
        return sink -> readOnly.executeWithoutResult(status -> jdbc.sql(COLUMNS + sql.where() + NEWEST_FIRST)
                .withFetchSize(EXPORT_FETCH_SIZE)
                .params(sql.params())
                .query((RowCallbackHandler) rs -> sink.accept(row(rs, rs.getRow()))));
    }

    private AuditVisibility visibility() {
        return AuditVisibility.of(users.current(), scopes.getIfAvailable());
    }

    private static AuditEntry row(ResultSet rs, int n) throws SQLException {
        long nocId = rs.getLong("noc_id");
        Long noc = rs.wasNull() ? null : nocId;
        return new AuditEntry(
                rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"),
                rs.getString("action"),
                rs.getString("target"),
                noc,
                rs.getString("ip"),
                rs.getString("user_agent"),
                rs.getBoolean("success"),
                rs.getString("detail"));
    }
}
