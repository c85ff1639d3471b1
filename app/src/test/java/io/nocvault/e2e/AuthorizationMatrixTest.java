package io.nocvault.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import io.nocvault.identity.Role;
import io.nocvault.test.NocVaultWebTest;
import io.nocvault.test.TestUser;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint the application registers (so endpoints added later are covered without a change here):
 * anonymous callers are refused, users of NOC A get 404 for NOC B's objects, and the role table holds. Path
 * variables are filled from {@link EndpointTable}; an endpoint with a path variable that the table does not
 * classify fails the test.
 */
@NocVaultWebTest
class AuthorizationMatrixTest {

    private static final long MISSING_ID = 987_654_321L;
    private static final List<Role> NOC_ROLES = List.of(Role.ADMIN, Role.OPERATOR, Role.VIEWER);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    MatrixFixtures fixtures;
    List<Endpoint> endpoints;
    Map<Role, TestUser> usersOfA = new EnumMap<>(Role.class);
    List<String> failures = new ArrayList<>();

    @BeforeEach
    void setUp() {
        // fixtures are written as background work, outside the NOC scope of any request
        RequestContextHolder.resetRequestAttributes();
        fixtures = new MatrixFixtures(context);
        endpoints = Endpoint.all(mapping);
        for (Role role : Role.values()) {
            usersOfA.put(role, fixtures.userOfA(role));
        }
    }

    @Test
    void endpointsAreFoundAtRuntime() {
        assertThat(endpoints)
                .extracting(Endpoint::key)
                .contains("GET /nocs/{id}", "PUT /api/v1/nocs/{id}", "GET /api/v1/audit", "GET /audit/recent")
                .hasSizeGreaterThan(80);
    }

    @Test
    void everyPathVariableIsClassified() {
        List<String> unclassified = endpoints.stream()
                .filter(Endpoint::hasVariables)
                .filter(e -> !EndpointTable.contains(EndpointTable.PUBLIC, e))
                .filter(e -> !EndpointTable.contains(EndpointTable.NOC_OWNED, e)
                        && !EndpointTable.contains(EndpointTable.OWNED_BY_USER, e)
                        && !EndpointTable.contains(EndpointTable.NOT_NOC_OWNED, e))
                .map(Endpoint::key)
                .toList();
        assertThat(unclassified)
                .as("endpoints with path variables missing from EndpointTable (NOC_OWNED, OWNED_BY_USER or "
                        + "NOT_NOC_OWNED): classify them")
                .isEmpty();
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        for (Endpoint endpoint : endpoints) {
            if (EndpointTable.contains(EndpointTable.PUBLIC, endpoint)) {
                continue;
            }
            String path = endpoint.path(valueInNocA(endpoint));
            MockHttpServletResponse response = perform(request(endpoint, path));
            if (endpoint.api()) {
                expect(
                        endpoint,
                        path,
                        "anonymous",
                        response.getStatus() == 401
                                && String.valueOf(response.getContentType()).startsWith("application/problem+json"),
                        response);
            } else {
                expect(
                        endpoint,
                        path,
                        "anonymous",
                        response.getStatus() == 302
                                && String.valueOf(response.getRedirectedUrl()).endsWith("/login"),
                        response);
                if (endpoint.reads()) {
                    MockHttpServletResponse htmx =
                            perform(request(endpoint, path).header("HX-Request", "true"));
                    expect(
                            endpoint,
                            path,
                            "anonymous htmx",
                            htmx.getStatus() == 401 && "/login".equals(htmx.getHeader("HX-Redirect")),
                            htmx);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void usersOfNocAGet404ForNocBObjects() throws Exception {
        for (Endpoint endpoint : endpoints) {
            Optional<EndpointTable.OwnedFixture> fixture = EndpointTable.lookup(EndpointTable.NOC_OWNED, endpoint);
            if (fixture.isEmpty()) {
                continue;
            }
            Object inB = fixture.get().in(fixtures, fixtures.nocB);
            for (Role role : NOC_ROLES) {
                expectHidden(endpoint, inB, usersOfA.get(role), false);
            }
            if (endpoint.reads()) {
                Object inA = fixture.get().in(fixtures, fixtures.nocA);
                String path = endpoint.path(inA);
                MockHttpServletResponse own =
                        perform(request(endpoint, path).with(login(endpoint, usersOfA.get(Role.ADMIN))));
                expect(endpoint, path, "admin of NOC A, own object", own.getStatus() != 404, own);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void nobodyReachesAnotherUsersObjects() throws Exception {
        for (Endpoint endpoint : endpoints) {
            Optional<Function<MatrixFixtures, Object>> fixture =
                    EndpointTable.lookup(EndpointTable.OWNED_BY_USER, endpoint);
            if (fixture.isEmpty()) {
                continue;
            }
            Object strangers = fixture.get().apply(fixtures);
            for (TestUser user : usersOfA.values()) {
                expectHidden(endpoint, strangers, user, true);
            }
        }
        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("select count(*) from identity_api_tokens where user_id = :u")
                        .param("u", fixtures.stranger.id())
                        .query(Long.class)
                        .single())
                .as("the stranger's tokens survive")
                .isPositive();
    }

    @Test
    void weakerRolesThanTheTableSaysGet403() throws Exception {
        for (Endpoint endpoint : endpoints) {
            Optional<Role> minimum = EndpointTable.lookup(EndpointTable.MINIMUM_ROLE, endpoint);
            if (minimum.isEmpty()) {
                continue;
            }
            for (Role role : List.of(Role.VIEWER, Role.OPERATOR, Role.ADMIN)) {
                if (!role.atLeast(minimum.get())) {
                    expectForbidden(endpoint, usersOfA.get(role));
                }
            }
            if (endpoint.reads()) {
                String path = endpoint.path(valueInNocA(endpoint));
                MockHttpServletResponse allowed =
                        perform(request(endpoint, path).with(login(endpoint, usersOfA.get(minimum.get()))));
                expect(endpoint, path, minimum.get() + " (allowed)", allowed.getStatus() != 403, allowed);
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void viewersWriteNothingButTheirOwnAccount() throws Exception {
        for (Endpoint endpoint : endpoints) {
            if (endpoint.reads()
                    || EndpointTable.contains(EndpointTable.PUBLIC, endpoint)
                    || EndpointTable.contains(EndpointTable.SELF_SERVICE, endpoint)) {
                continue;
            }
            expectForbidden(endpoint, usersOfA.get(Role.VIEWER));
        }
        assertThat(failures).isEmpty();
    }

    /**
     * NOC B's (or another user's) object answers 404, or exactly what a missing id answers when the request is
     * refused before any lookup (400 for a body that fails validation, 403 for a role that may not use the endpoint
     * at all, or for the UI, the redirect a missing object gets): never its data.
     */
    private void expectHidden(Endpoint endpoint, Object hidden, TestUser user, boolean redirectOk) throws Exception {
        String path = endpoint.path(hidden);
        MockHttpServletResponse response = perform(request(endpoint, path).with(login(endpoint, user)));
        MockHttpServletResponse missing =
                perform(request(endpoint, endpoint.path(MISSING_ID)).with(login(endpoint, user)));
        boolean notFound = response.getStatus() == 404;
        int status = response.getStatus();
        boolean refused = status == 400 || status == 403 || (redirectOk && status / 100 == 3);
        boolean sameAsMissing = refused
                && status == missing.getStatus()
                && Objects.equals(response.getRedirectedUrl(), missing.getRedirectedUrl());
        expect(endpoint, path, user.role() + " of NOC A", notFound || sameAsMissing, response);
        expect(
                endpoint,
                path,
                user.role() + " of NOC A (no data)",
                !response.getContentAsString().contains(MatrixFixtures.MARKER),
                response);
    }

    /**
     * 403; an API body is validated before the role is checked, so 400 (nothing done) passes too, and 415 for an
     * upload endpoint that the matrix's JSON body does not fit.
     */
    private void expectForbidden(Endpoint endpoint, TestUser user) throws Exception {
        String path = endpoint.path(valueInNocA(endpoint));
        MockHttpServletResponse response = perform(request(endpoint, path).with(login(endpoint, user)));
        int status = response.getStatus();
        boolean refused =
                status == 403 || (endpoint.api() && (status == 415 || (endpoint.takesBody() && status == 400)));
        expect(endpoint, path, user.role().name(), refused, response);
    }

    /** A real value for the endpoint's path variables: NOC A's object, the stranger's, or a global one. */
    private Object valueInNocA(Endpoint endpoint) {
        if (!endpoint.hasVariables()) {
            return "";
        }
        return EndpointTable.lookup(EndpointTable.NOC_OWNED, endpoint)
                .map(f -> f.in(fixtures, fixtures.nocA))
                .or(() -> EndpointTable.lookup(EndpointTable.OWNED_BY_USER, endpoint)
                        .map(f -> f.apply(fixtures)))
                .or(() -> EndpointTable.lookup(EndpointTable.NOT_NOC_OWNED, endpoint)
                        .map(f -> f.apply(fixtures)))
                .orElse(MISSING_ID);
    }

    private static MockHttpServletRequestBuilder request(Endpoint endpoint, String path) {
        MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(endpoint.method(), path);
        if (endpoint.api()) {
            builder.accept(path.endsWith("/events") ? MediaType.TEXT_EVENT_STREAM : MediaType.APPLICATION_JSON);
        }
        if (!endpoint.reads()) {
            builder.with(csrf());
            if (endpoint.api()) {
                builder.contentType(MediaType.APPLICATION_JSON).content("{}");
            }
        }
        return builder;
    }

    /** A real login: a bearer JWT for the API, a session for the UI. */
    private RequestPostProcessor login(Endpoint endpoint, TestUser user) {
        if (endpoint.api()) {
            String bearer = fixtures.users.bearer(user);
            return request -> {
                request.addHeader("Authorization", bearer);
                return request;
            };
        }
        return fixtures.users.session(user);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private void expect(Endpoint endpoint, String path, String who, boolean ok, MockHttpServletResponse response) {
        if (!ok || response.getStatus() >= 500) {
            failures.add("%s %s as %s: %d %s"
                    .formatted(
                            endpoint.method(),
                            path,
                            who,
                            response.getStatus(),
                            Optional.ofNullable(response.getRedirectedUrl()).orElse("")));
        }
    }
}
