package io.nocvault.identity.internal;

import io.nocvault.common.web.Views;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/** What the login form does around authentication: where to go after it, what to say when it fails. */
final class UiLoginHandlers {

    static final String LOGIN_PAGE = "/login";

    private UiLoginHandlers() {}

    /** To the page asked for before login, or to the password change when one is required. */
    static AuthenticationSuccessHandler success(RequestCache requestCache) {
        var saved = new SavedRequestAwareAuthenticationSuccessHandler();
        saved.setRequestCache(requestCache);
        saved.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            if (authentication instanceof UserAuthentication auth && auth.passwordChangeRequired()) {
                response.sendRedirect(request.getContextPath() + PasswordChangeRule.PAGE);
            } else {
                saved.onAuthenticationSuccess(request, response, authentication);
            }
        };
    }

    /** Back to the form with a category only (the page words it); never echoes what was typed. */
    static AuthenticationFailureHandler failure() {
        return (request, response, e) -> {
            String code =
                    e instanceof LockedException ? "locked" : e instanceof DisabledException ? "suspended" : "error";
            response.sendRedirect(request.getContextPath() + LOGIN_PAGE + "?" + code);
        };
    }

    /** Anonymous pages go to the login form; htmx requests are told to load it as a whole page. */
    static AuthenticationEntryPoint entryPoint() {
        var form = new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE);
        return (request, response, e) -> {
            if (Views.isHtmx(request)) {
                response.setHeader("HX-Redirect", request.getContextPath() + LOGIN_PAGE);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                form.commence(request, response, e);
            }
        };
    }

    static LogoutHandler logoutEvents(LogoutService logouts) {
        return (request, response, authentication) -> {
            if (authentication instanceof UserAuthentication auth) {
                logouts.logout(auth);
            }
        };
    }
}
