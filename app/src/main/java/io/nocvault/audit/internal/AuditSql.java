package io.nocvault.audit.internal;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code where} clause of every audit query: the caller's visibility first, then the filter. Built here and
 * only here, so no list, API or export can forget the scope.
 */
record AuditSql(String where, Map<String, Object> params) {

    static AuditSql of(AuditFilter filter, AuditVisibility visibility) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        String scope = scope(visibility, params);
        if (scope != null) {
            conditions.add(scope);
        }
        filter(filter, conditions, params);
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        return new AuditSql(where, params);
    }

    /** The visibility as one condition, or {@code null} when the caller sees every entry. */
    private static String scope(AuditVisibility visibility, Map<String, Object> params) {
        List<String> alternatives = new ArrayList<>();
        if (visibility.allNocs()) {
            if (visibility.globals() == AuditVisibility.Globals.ALL) {
                return null;
            }
            alternatives.add("noc_id is not null");
        } else if (!visibility.nocIds().isEmpty()) {
            alternatives.add("noc_id in (:visibleNocIds)");
            params.put("visibleNocIds", List.copyOf(visibility.nocIds()));
        }
        switch (visibility.globals()) {
            case ALL -> alternatives.add("noc_id is null");
            case OWN -> {
                alternatives.add("(noc_id is null and actor = :viewer)");
                params.put("viewer", visibility.viewer());
            }
            case NONE -> {
                // no global entries
            }
        }
        return alternatives.isEmpty() ? "1 = 0" : "(" + String.join(" or ", alternatives) + ")";
    }

    private static void filter(AuditFilter filter, List<String> conditions, Map<String, Object> params) {
        if (filter.actor() != null) {
            conditions.add("actor = :actor");
            params.put("actor", filter.actor());
        }
        if (filter.actionPrefix() != null) {
            conditions.add("action like :actionPattern escape '\\'");
            params.put("actionPattern", escapeLike(filter.actionPrefix()) + "%");
        }
        if (filter.nocId() != null) {
            conditions.add("noc_id = :nocId");
            params.put("nocId", filter.nocId());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= :from");
            params.put("from", OffsetDateTime.ofInstant(filter.from(), ZoneOffset.UTC));
        }
        if (filter.until() != null) {
            conditions.add("occurred_at < :until");
            params.put("until", OffsetDateTime.ofInstant(filter.until(), ZoneOffset.UTC));
        }
        if (filter.success() != null) {
            conditions.add("success = :success");
            params.put("success", filter.success());
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
