package io.nocvault.audit.internal;

import io.nocvault.audit.AuditLog;
import io.nocvault.common.AuditableEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Turns every {@link AuditableEvent}, of whatever module, into an entry: after the publishing transaction commits
 * (an event of a rolled-back transaction is dropped with it), or at once when it was published outside a
 * transaction, e.g. a failed login.
 */
@Component
class AuditEventListener {

    private final AuditLog auditLog;

    AuditEventListener(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void on(AuditableEvent event) {
        auditLog.record(event);
    }
}
