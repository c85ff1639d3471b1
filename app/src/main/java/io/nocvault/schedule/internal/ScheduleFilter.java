package io.nocvault.schedule.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The filters of the schedule list, shared by the page and the API.
 *
 * @param q part of the name
 * @param enabled only enabled ({@code true}) or disabled ({@code false}) schedules
 */
public record ScheduleFilter(String q, Boolean enabled) {

    public ScheduleFilter {
        q = q == null || q.isBlank() ? null : q.strip();
    }

    String sql() {
        return (q == null ? "" : " and s.name_key like :q escape '\\'")
                + (enabled == null ? "" : " and s.enabled = :en");
    }

    Map<String, Object> params() {
        Map<String, Object> p = new HashMap<>();
        if (q != null) {
            p.put(
                    "q",
                    "%"
                            + q.toLowerCase(Locale.ROOT)
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_")
                            + "%");
        }
        if (enabled != null) {
            p.put("en", enabled);
        }
        return p;
    }
}
