package io.nocvault.identity.internal;

import io.nocvault.common.web.Views;
import io.nocvault.identity.AuthenticatedUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Re-reads the session's user on every UI request (one primary-key query): a suspended or deleted user's session
 * ends at once, a changed role or name applies at once, and while a password change is required every page
 * leads to the change form. Leaves the user's {@link CurrentUserView} in a request attribute for the layout.
 */
class SessionUserFilter extends OncePerRequestFilter {

    static final String ENDED_URL = "/login?expired";

    private final UserStore users;
    private final SecurityContextRepository repository;
    private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

    SessionUserFilter(UserStore users, SecurityContextRepository repository) {
        this.users = users;
        this.repository = repository;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = PasswordChangeRule.path(request);
        return path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.startsWith("/img/")
                || path.startsWith("/webjars/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = holder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AuthenticatedUser principal)) {
            chain.doFilter(request, response);
            return;
        }
        Optional<UserRecord> current = users.find(principal.id()).filter(UserRecord::active);
        if (current.isEmpty()) {
            endSession(request, response);
            return;
        }
        UserRecord user = current.get();
        if (auth instanceof UserAuthentication login && login.outdated(user)) {
            SecurityContext context = holder.createEmptyContext();
            context.setAuthentication(login.refreshedWith(user));
            holder.setContext(context);
            repository.saveContext(context, request, response);
        }
        request.setAttribute(CurrentUserView.ATTRIBUTE, CurrentUserView.of(user));
        if (user.passwordChangeRequired() && !PasswordChangeRule.uiAllowed(request)) {
            if (Views.isHtmx(request)) {
                response.sendError(HttpServletResponse.SC_FORBIDDEN);
            } else {
                response.sendRedirect(request.getContextPath() + PasswordChangeRule.PAGE);
            }
            return;
        }
        chain.doFilter(request, response);
    }

    private void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        holder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        String target = request.getContextPath() + ENDED_URL;
        if (Views.isHtmx(request)) {
            response.setHeader("HX-Redirect", target);
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(target);
        }
    }
}
