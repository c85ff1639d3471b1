package io.nocvault.audit.internal;

import java.time.Instant;

/**
 * What the list, the API and the CSV export are narrowed to; {@code null} means "any". The caller's NOC scope is
 * applied on top by {@link AuditQuery}, never through this filter.
 *
 * @param actor exact actor name
 * @param actionPrefix actions starting with this text, e.g. {@code user.}
 * @param nocId one NOC
 * @param from entries at or after this instant
 * @param until entries before this instant (exclusive)
 * @param success only successful ({@code true}) or failed ({@code false}) actions
 */
public record AuditFilter(String actor, String actionPrefix, Long nocId, Instant from, Instant until, Boolean success) {

    public static final AuditFilter NONE = new AuditFilter(null, null, null, null, null, null);

    public static AuditFilter byActor(String actor) {
        return new AuditFilter(actor, null, null, null, null, null);
    }
}
