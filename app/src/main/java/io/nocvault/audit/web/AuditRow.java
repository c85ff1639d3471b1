package io.nocvault.audit.web;

import io.nocvault.audit.internal.AuditEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * An entry ready for a template, with its time three ways: readable UTC ({@code 2026-05-01 14:03:22 UTC}), ISO for
 * the tooltip, and relative ({@code 5 min ago}) for the navbar list.
 */
record AuditRow(AuditEntry entry, String when, String iso, String ago) {

    private static final DateTimeFormatter READABLE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHORT_DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    static AuditRow of(AuditEntry entry, Instant now) {
        return new AuditRow(entry, READABLE.format(entry.time()), entry.time().toString(), relative(entry.time(), now));
    }

    /** "just now", "12 min ago", "3 h ago", "2 d ago", then the date. */
    static String relative(Instant time, Instant now) {
        Duration age = Duration.between(time, now);
        if (age.toSeconds() < 60) {
            return "just now";
        }
        if (age.toMinutes() < 60) {
            return age.toMinutes() + " min ago";
        }
        if (age.toHours() < 24) {
            return age.toHours() + " h ago";
        }
        if (age.toDays() < 7) {
            return age.toDays() + " d ago";
        }
        return SHORT_DATE.format(time);
    }
}
