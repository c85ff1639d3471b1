package io.nocvault.noc.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The NOC chosen in the navbar switcher, kept in the HTTP session. The switcher is a UI preference: API requests
 * ({@code /api/**}) never see a selection, so that an API list does not depend on what a browser tab chose.
 */
@Component
public class NocSelection {

    static final String ATTRIBUTE = NocSelection.class.getName() + ".nocId";

    /** The raw selection of this request's session (not yet checked against the scope). */
    Optional<Long> current() {
        HttpServletRequest request = currentRequest();
        if (request == null || isApi(request)) {
            return Optional.empty();
        }
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(ATTRIBUTE) instanceof Long id
                ? Optional.of(id)
                : Optional.empty();
    }

    /** Remembers {@code nocId} (or "all NOCs" for {@code null}) in the session. */
    public void choose(Long nocId) {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            throw new IllegalStateException("The NOC switcher needs an HTTP request");
        }
        if (nocId == null) {
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.removeAttribute(ATTRIBUTE);
            }
        } else {
            request.getSession(true).setAttribute(ATTRIBUTE, nocId);
        }
    }

    static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }
}
