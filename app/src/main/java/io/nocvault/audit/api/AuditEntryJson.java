package io.nocvault.audit.api;

import io.nocvault.audit.internal.AuditEntry;
import java.time.Instant;

/** An entry of "Recent actions" in the API. */
record AuditEntryJson(
        long id,
        Instant time,
        String actor,
        String action,
        String target,
        Long nocId,
        String ip,
        String userAgent,
        boolean success,
        String detail) {

    static AuditEntryJson of(AuditEntry entry) {
        return new AuditEntryJson(
                entry.id(),
                entry.time(),
                entry.actor(),
                entry.action(),
                entry.target(),
                entry.nocId(),
                entry.ip(),
                entry.userAgent(),
                entry.success(),
                entry.detail());
    }
}
