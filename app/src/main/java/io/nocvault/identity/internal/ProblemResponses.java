package io.nocvault.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's 401 and 403 answers as RFC 9457 problem details ({@code application/problem+json}), written by the
 * security filters before any controller runs.
 */
@Component
class ProblemResponses {

    static final String AUTHENTICATION_REQUIRED =
            "Authentication required: send Authorization: Bearer <token> (a JWT from POST /api/v1/auth/login"
                    + " or a personal API token)";

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint unauthorized() {
        return (request, response, e) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, wwwAuthenticate(e));
            write(request, response, HttpStatus.UNAUTHORIZED, detail(e));
        };
    }

    AccessDeniedHandler forbidden() {
        return (request, response, e) -> write(
                request,
                response,
                HttpStatus.FORBIDDEN,
                e instanceof ForbiddenOperationException ? e.getMessage() : "Your role does not allow this");
    }

    void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(body));
    }

    private static String detail(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException oauth && oauth.getError().getDescription() != null) {
            return oauth.getError().getDescription();
        }
        return AUTHENTICATION_REQUIRED;
    }

    private static String wwwAuthenticate(AuthenticationException e) {
        if (e instanceof OAuth2AuthenticationException oauth) {
            return "Bearer realm=\"nocvault\", error=\"" + oauth.getError().getErrorCode() + "\"";
        }
        return "Bearer realm=\"nocvault\"";
    }
}
