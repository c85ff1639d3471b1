package io.nocvault.audit.internal;

import java.time.Instant;

/** One stored entry of "Recent actions", as the list, the API and the CSV show it. */
public record AuditEntry(
        long id,
        Instant time,
        String actor,
        String action,
        String target,
        Long nocId,
        String ip,
        String userAgent,
        boolean success,
        String detail) {}
