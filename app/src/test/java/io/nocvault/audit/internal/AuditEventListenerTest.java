package io.nocvault.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.audit.AuditAppTest;
import io.nocvault.audit.AuditLog;
import io.nocvault.audit.Unique;
import io.nocvault.common.Origin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Auditable events become entries after commit or without a transaction, never after a rollback. */
@AuditAppTest
class AuditEventListenerTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    TransactionTemplate tx;
    String action;

    @BeforeEach
    void setUp() {
        tx = new TransactionTemplate(transactions);
        action = Unique.name("test") + ".done";
    }

    @Test
    void writesTheEntryWhenThePublishingTransactionCommits() {
        long noc = Unique.nocId();
        tx.executeWithoutResult(status -> {
            events.publishEvent(new TestEvent(
                    new Origin("alice", "203.0.113.9", "Firefox/140"), action, "device r1", noc, false, "timeout"));
            assertThat(rows(action)).as("not before commit").isEmpty();
        });

        Map<String, Object> row = single(action);
        assertThat(row)
                .containsEntry("actor", "alice")
                .containsEntry("target", "device r1")
                .containsEntry("noc_id", noc)
                .containsEntry("ip", "203.0.113.9")
                .containsEntry("user_agent", "Firefox/140")
                .containsEntry("success", false)
                .containsEntry("detail", "timeout");
        assertThat(row.get("occurred_at")).isNotNull();
    }

    @Test
    void writesTheEntryWhenPublishedWithoutTransaction() {
        events.publishEvent(new TestEvent(Origin.system().as("mallory"), action, "user mallory", null, false, null));

        assertThat(single(action)).containsEntry("actor", "mallory").containsEntry("success", false);
    }

    @Test
    void dropsTheEntryWhenThePublishingTransactionRollsBack() {
        tx.executeWithoutResult(status -> {
            events.publishEvent(TestEvent.of(action));
            status.setRollbackOnly();
        });
        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
                    events.publishEvent(TestEvent.of(action));
                    throw new IllegalStateException("business failure");
                }))
                .hasMessage("business failure");

        assertThat(rows(action)).isEmpty();
    }

    @Test
    void cutsOverlongValuesOfEventsInsteadOfFailing() {
        // kept under the 4000 characters that Spring Modulith's H2 event registry holds per serialized event
        String actor = "a".repeat(150);
        events.publishEvent(new TestEvent(
                new Origin(actor, "i".repeat(100), "u".repeat(400)),
                action,
                "t".repeat(500),
                null,
                true,
                "d".repeat(2100)));

        Map<String, Object> row = single(action);
        assertThat((String) row.get("actor")).isEqualTo(actor.substring(0, AuditRecord.ACTOR));
        assertThat((String) row.get("ip")).hasSize(AuditRecord.IP);
        assertThat((String) row.get("user_agent")).hasSize(AuditRecord.USER_AGENT);
        assertThat((String) row.get("target")).hasSize(AuditRecord.TARGET);
        assertThat((String) row.get("detail")).hasSize(AuditRecord.DETAIL);
    }

    @Test
    void cutsHugeValuesGivenToTheAuditLog() {
        String huge = "x".repeat(20_000);
        auditLog.record(new TestEvent(new Origin(huge, huge, huge), action, huge, null, false, huge));

        Map<String, Object> row = single(action);
        assertThat((String) row.get("actor")).hasSize(AuditRecord.ACTOR);
        assertThat((String) row.get("detail")).hasSize(AuditRecord.DETAIL);
    }

    @Test
    void aFailingEntryNeverBreaksThePublisher() {
        assertThatCode(() -> events.publishEvent(new ExplodingEvent(Origin.system(), action)))
                .doesNotThrowAnyException();
        assertThatCode(() -> tx.executeWithoutResult(
                        status -> events.publishEvent(new ExplodingEvent(Origin.system(), action))))
                .doesNotThrowAnyException();

        assertThat(rows(action)).isEmpty();
    }

    @Test
    void missingActorAndActionAreRecordedAsUnknown() {
        String target = Unique.name("orphan");
        events.publishEvent(new TestEvent(null, null, target, null, true, null));

        assertThat(jdbc.sql("select actor, action from audit_entries where target = :t")
                        .param("t", target)
                        .query()
                        .singleRow())
                .containsEntry("actor", "unknown")
                .containsEntry("action", "unknown");
    }

    @Test
    void theAuditLogWritesAtOnceAndKeepsTheEntryWhenTheCallerRollsBack() {
        tx.executeWithoutResult(status -> {
            auditLog.record(TestEvent.of(action));
            status.setRollbackOnly();
        });

        assertThat(single(action)).containsEntry("actor", "tester");
    }

    @Test
    void recordsTheSystemStart() {
        assertThat(jdbc.sql("select count(*) from audit_entries where action = 'system.started' and actor = 'system'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private List<Map<String, Object>> rows(String action) {
        return jdbc.sql("select * from audit_entries where action = :action")
                .param("action", action)
                .query()
                .listOfRows();
    }

    private Map<String, Object> single(String action) {
        List<Map<String, Object>> rows = rows(action);
        assertThat(rows).hasSize(1);
        return rows.getFirst();
    }
}
