package io.nocvault.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;

/** While a user must change his password, only these requests go through. */
final class PasswordChangeRule {

    static final String PAGE = "/account/password";
    static final String API_DETAIL = "Password change required: set a new password with POST /api/v1/auth/password"
            + " before using the rest of the API";

    private static final Set<String> UI_PATHS = Set.of(PAGE, "/logout", "/login", "/error", "/favicon.ico");
    private static final Set<String> UI_PREFIXES = Set.of("/css/", "/js/", "/img/", "/webjars/");
    private static final Set<String> API_PATHS =
            Set.of("/api/v1/auth/login", "/api/v1/auth/me", "/api/v1/auth/logout", "/api/v1/auth/password");

    private PasswordChangeRule() {}

    static boolean uiAllowed(HttpServletRequest request) {
        String path = path(request);
        return UI_PATHS.contains(path) || UI_PREFIXES.stream().anyMatch(path::startsWith);
    }

    static boolean apiAllowed(HttpServletRequest request) {
        return API_PATHS.contains(path(request));
    }

    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context.isEmpty() ? uri : uri.substring(context.length());
    }
}
