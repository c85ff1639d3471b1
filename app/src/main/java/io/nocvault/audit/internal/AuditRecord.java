package io.nocvault.audit.internal;

import io.nocvault.common.AuditableEvent;
import io.nocvault.common.Origin;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An event reduced to what one row of {@code audit_entries} holds, every text cut to its column's length.
 * Missing actor or action become {@code unknown} rather than losing the entry.
 */
record AuditRecord(
        Instant time,
        String actor,
        String action,
        String target,
        Long nocId,
        String ip,
        String userAgent,
        boolean success,
        String detail) {

    static final int ACTOR = 100;
    static final int ACTION = 100;
    static final int TARGET = 300;
    static final int IP = 64;
    static final int USER_AGENT = 300;
    static final int DETAIL = 2000;
    static final String UNKNOWN = "unknown";

    static AuditRecord of(AuditableEvent event, Instant now) {
        Origin origin = event.origin();
        return new AuditRecord(
                now.truncatedTo(ChronoUnit.MICROS),
                orUnknown(cut(origin == null ? null : origin.actor(), ACTOR)),
                orUnknown(cut(event.action(), ACTION)),
                cut(event.target(), TARGET),
                event.nocId(),
                cut(origin == null ? null : origin.ip(), IP),
                cut(origin == null ? null : origin.userAgent(), USER_AGENT),
                event.success(),
                cut(event.detail(), DETAIL));
    }

    /** At most {@code max} characters, never splitting a surrogate pair. */
    static String cut(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    private static String orUnknown(String value) {
        return value == null || value.isBlank() ? UNKNOWN : value;
    }
}
