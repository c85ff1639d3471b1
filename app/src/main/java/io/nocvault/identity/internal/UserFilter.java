package io.nocvault.identity.internal;

import io.nocvault.identity.Role;
import java.util.Locale;

/**
 * The one filter of the user list, for the UI and the API.
 *
 * @param q text contained in username, full name or e-mail (case-insensitive), or {@code null}
 * @param role only users of this role, or {@code null}
 * @param status only users of this status, or {@code null}
 */
public record UserFilter(String q, Role role, UserStatus status) {

    public static final UserFilter ALL = new UserFilter(null, null, null);

    public UserFilter {
        q = q == null || q.isBlank() ? null : q.strip().toLowerCase(Locale.ROOT);
    }

    /** Parses request parameters; unknown role or status names are ignored rather than errors. */
    public static UserFilter of(String q, String role, String status) {
        return new UserFilter(q, parse(Role.class, role), parse(UserStatus.class, status));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
