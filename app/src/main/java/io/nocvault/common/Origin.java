package io.nocvault.common;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who did something and from where. Captured on the thread that does the work (the request thread), so that
 * events carry it to listeners that run later or elsewhere.
 *
 * @param actor the username, or {@code system} (with {@code job} naming the job) for background work
 * @param ip the client address, or {@code null} outside a request
 * @param userAgent the client's User-Agent (cut to 300 characters), or {@code null}
 */
public record Origin(String actor, String ip, String userAgent) {

    public static final String SYSTEM = "system";
    private static final int MAX_AGENT = 300;

    /** The origin of the current request and user; {@link #system()} outside a request. */
    public static Origin current() {
        String actor = currentActor();
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return new Origin(actor, null, null);
        }
        HttpServletRequest request = attributes.getRequest();
        return new Origin(actor, request.getRemoteAddr(), cut(request.getHeader("User-Agent")));
    }

    /** Background work that no user started. */
    public static Origin system() {
        return new Origin(SYSTEM, null, null);
    }

    /** The same origin for another actor, e.g. a login attempt before anyone is authenticated. */
    public Origin as(String otherActor) {
        return new Origin(otherActor, ip, userAgent);
    }

    private static String currentActor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || auth instanceof AnonymousAuthenticationToken || !auth.isAuthenticated()) {
            return SYSTEM;
        }
        return auth.getName();
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_AGENT ? value : value.substring(0, MAX_AGENT);
    }
}
