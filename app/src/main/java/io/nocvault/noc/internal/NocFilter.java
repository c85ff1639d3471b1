package io.nocvault.noc.internal;

import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/**
 * The one filter of the NOC list, in the UI and the API: {@code q} searches name, location, description and
 * contact person, case-insensitively.
 */
public record NocFilter(String q) {

    private static final int MAX_QUERY = 200;

    public NocFilter {
        q = q == null || q.isBlank() ? null : q.strip();
        if (q != null && q.length() > MAX_QUERY) {
            q = q.substring(0, MAX_QUERY);
        }
    }

    Specification<Noc> specification() {
        if (q == null) {
            return Specification.unrestricted();
        }
        String pattern = "%" + escapeLike(q.toLowerCase(Locale.ROOT)) + "%";
        return (root, query, cb) -> cb.or(
                cb.like(cb.lower(root.get("name")), pattern, '\\'),
                cb.like(cb.lower(root.get("location")), pattern, '\\'),
                cb.like(cb.lower(root.get("description")), pattern, '\\'),
                cb.like(cb.lower(root.get("contactPerson")), pattern, '\\'));
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
