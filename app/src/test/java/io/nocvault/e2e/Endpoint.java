package io.nocvault.e2e;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** One method and URL pattern of a registered controller, as found at runtime. */
record Endpoint(HttpMethod method, String pattern, boolean takesBody) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}:]+)(:[^}]*)?}");

    /** Every endpoint the application's {@code RequestMappingHandlerMapping} serves, sorted. */
    static List<Endpoint> all(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> entry :
                mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            boolean body = takesBody(entry.getValue());
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            List<HttpMethod> effective = methods.isEmpty()
                    ? List.of(HttpMethod.GET)
                    : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
            for (String pattern : info.getPatternValues()) {
                for (HttpMethod method : effective) {
                    endpoints.add(new Endpoint(method, pattern, body));
                }
            }
        }
        endpoints.sort(Comparator.comparing(Endpoint::pattern)
                .thenComparing(e -> e.method().name()));
        return endpoints;
    }

    private static boolean takesBody(HandlerMethod handler) {
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                return true;
            }
        }
        return false;
    }

    /** The REST API (stateless, 401 problem details), as opposed to the browser UI (login redirect). */
    boolean api() {
        return (pattern.startsWith("/api/") && !pattern.startsWith("/api/docs") && !pattern.startsWith("/api/swagger"))
                || pattern.startsWith("/actuator");
    }

    boolean reads() {
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }

    List<String> variables() {
        List<String> names = new ArrayList<>();
        Matcher matcher = VARIABLE.matcher(pattern);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return names;
    }

    boolean hasVariables() {
        return !variables().isEmpty();
    }

    /** The pattern with every path variable replaced by {@code value}. */
    String path(Object value) {
        return VARIABLE.matcher(pattern).replaceAll(Matcher.quoteReplacement(String.valueOf(value)));
    }

    /** {@code "GET /x"} */
    String key() {
        return method.name() + " " + pattern;
    }

    @Override
    public String toString() {
        return key();
    }
}
