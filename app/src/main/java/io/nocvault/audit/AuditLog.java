package io.nocvault.audit;

import io.nocvault.common.AuditableEvent;

/**
 * Writes "Recent actions" entries. Most modules need not call it: publishing an {@link AuditableEvent} is enough,
 * and the entry is written once the publishing transaction commits. Call {@link #record} for an entry that must
 * be written now, whatever becomes of the current transaction (it runs in a transaction of its own).
 */
public interface AuditLog {

    /**
     * Writes the event as an entry. Over-long values are cut to fit; a failure to write is logged and never
     * thrown, so auditing can not break the action it records.
     */
    void record(AuditableEvent event);
}
