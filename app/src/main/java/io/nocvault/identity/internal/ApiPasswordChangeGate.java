package io.nocvault.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** API calls of a user who must change his password answer 403, except the auth endpoints. */
class ApiPasswordChangeGate extends OncePerRequestFilter {

    private final ProblemResponses problems;

    ApiPasswordChangeGate(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof UserAuthentication auth
                && auth.passwordChangeRequired()
                && !PasswordChangeRule.apiAllowed(request)) {
            problems.write(request, response, HttpStatus.FORBIDDEN, PasswordChangeRule.API_DETAIL);
            return;
        }
        chain.doFilter(request, response);
    }
}
