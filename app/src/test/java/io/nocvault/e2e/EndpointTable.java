package io.nocvault.e2e;

import io.nocvault.identity.Role;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * How the authorization matrix treats each endpoint, one row per line. Rows are matched in order against the
 * endpoint's URL pattern ({@code /nocs/{id}/**} matches {@code /nocs/{id}} and {@code /nocs/{id}/edit}); rows may
 * start with a method ({@code "DELETE /api/v1/nocs/{id}"}). An endpoint with a path variable must match a row of
 * {@link #NOC_OWNED}, {@link #OWNED_BY_USER} or {@link #NOT_NOC_OWNED}, or the matrix fails: a new endpoint must be
 * classified here.
 */
final class EndpointTable {

    private static final PathPatternParser PARSER = new PathPatternParser();

    /** Endpoints anybody may call without logging in. */
    static final List<Row<Void>> PUBLIC =
            List.of(row("GET /login", null), row("/error", null), row("POST /api/v1/auth/login", null));

    /** Path variables naming an object of a NOC: the fixture makes one in the given NOC and answers its id. */
    static final List<Row<OwnedFixture>> NOC_OWNED = List.of(
            row("/nocs/{id}/**", MatrixFixtures::noc),
            row("/api/v1/nocs/{id}/**", MatrixFixtures::noc),
            row("/recipients/{id}/**", MatrixFixtures::recipient),
            row("/api/v1/recipients/{id}/**", MatrixFixtures::recipient),
            row("/api/v1/notification-deliveries/{id}/**", MatrixFixtures::delivery),
            row("/host-keys/{id}/**", MatrixFixtures::hostKey),
            row("/api/v1/host-keys/{id}/**", MatrixFixtures::hostKey),
            row("/devices/{id}/**", MatrixFixtures::device),
            row("/api/v1/devices/{id}/**", MatrixFixtures::device),
            row("/backups/devices/{id}/**", MatrixFixtures::device),
            row("/compare/devices/{id}/**", MatrixFixtures::deviceWithTwoVersions),
            row("/api/v1/compare/device/{deviceId}/**", MatrixFixtures::deviceWithTwoVersions),
            row("/backups/versions/{id}/**", MatrixFixtures::version),
            row("/api/v1/backups/{id}/**", MatrixFixtures::version),
            row("/compare/{a}/{b}/**", MatrixFixtures::version),
            row("/api/v1/compare/summary/{a}/{b}", MatrixFixtures::version),
            row("/backups/runs/{id}/**", MatrixFixtures::run),
            row("/api/v1/backups/runs/{id}/**", MatrixFixtures::run),
            row("/schedules/{id}/**", MatrixFixtures::schedule),
            row("/api/v1/schedules/{id}/**", MatrixFixtures::schedule));

    /** Path variables naming another user's own object: 404 for everybody else, like another NOC's. */
    static final List<Row<Function<MatrixFixtures, Object>>> OWNED_BY_USER = List.of(
            row("/account/tokens/{id}/**", MatrixFixtures::strangersToken),
            row("/api/v1/auth/tokens/{id}/**", MatrixFixtures::strangersToken));

    /** Path variables naming nothing NOC-owned (global objects), with a real value for them. */
    static final List<Row<Function<MatrixFixtures, Object>>> NOT_NOC_OWNED = List.of(
            row("/users/{id}/**", f -> f.stranger.id()),
            row("/api/v1/users/{id}/**", f -> f.stranger.id()),
            row("/device-types/{key}/**", f -> "cisco_ios"),
            row("/api/v1/device-types/{key}/**", f -> "cisco_ios"),
            row("/notification-channels/{id}/**", MatrixFixtures::channel),
            row("/api/v1/notification-channels/{id}/**", MatrixFixtures::channel));

    /**
     * The role table (DESIGN.md, "Multi-NOC access"): the weakest role that may call the endpoints; weaker roles get
     * 403. First matching row wins.
     */
    static final List<Row<Role>> MINIMUM_ROLE = List.of(
            row("/users/{id}/nocs/fragment", Role.ADMIN),
            row("/users/{id}/nocs", Role.HEAD_ADMIN),
            row("PUT /api/v1/users/{id}/nocs", Role.HEAD_ADMIN),
            row("/users/**", Role.ADMIN),
            row("/api/v1/users/**", Role.ADMIN),
            row("GET /nocs/new", Role.HEAD_ADMIN),
            row("POST /nocs", Role.HEAD_ADMIN),
            row("POST /api/v1/nocs", Role.HEAD_ADMIN),
            row("/nocs/{id}/delete", Role.HEAD_ADMIN),
            row("DELETE /api/v1/nocs/{id}", Role.HEAD_ADMIN),
            row("GET /nocs/{id}/edit", Role.ADMIN),
            row("POST /nocs/{id}", Role.ADMIN),
            row("PUT /api/v1/nocs/{id}", Role.ADMIN),
            row("POST /nocs/{id}/test-jump", Role.OPERATOR),
            row("POST /api/v1/nocs/{id}/test", Role.OPERATOR),
            row("/host-keys/**", Role.ADMIN),
            row("/api/v1/host-keys/**", Role.ADMIN),
            row("/notification-channels/**", Role.ADMIN),
            row("/api/v1/notification-channels/**", Role.ADMIN),
            row("/deliveries", Role.ADMIN),
            row("/api/v1/notification-deliveries/**", Role.ADMIN),
            row("GET /recipients/new", Role.ADMIN),
            row("GET /recipients/{id}/*", Role.ADMIN),
            row("POST /recipients/**", Role.ADMIN),
            row("POST /api/v1/recipients/**", Role.ADMIN),
            row("PUT /api/v1/recipients/**", Role.ADMIN),
            row("DELETE /api/v1/recipients/**", Role.ADMIN),
            row("GET /device-types/new", Role.ADMIN),
            row("GET /device-types/{key}/edit", Role.ADMIN),
            row("GET /device-types/{key}/copy", Role.ADMIN),
            row("POST /device-types/**", Role.ADMIN),
            row("POST /api/v1/device-types/**", Role.ADMIN),
            row("PUT /api/v1/device-types/**", Role.ADMIN),
            row("DELETE /api/v1/device-types/**", Role.ADMIN),
            row("GET /devices/new", Role.ADMIN),
            row("POST /devices", Role.ADMIN),
            row("GET /devices/{id}/edit", Role.ADMIN),
            row("POST /devices/{id}", Role.ADMIN),
            row("/devices/{id}/delete", Role.ADMIN),
            row("POST /devices/{id}/test", Role.OPERATOR),
            row("POST /devices/{id}/ping", Role.OPERATOR),
            row("POST /devices/bulk/ping", Role.OPERATOR),
            row("POST /devices/bulk/*", Role.ADMIN),
            row("POST /api/v1/devices", Role.ADMIN),
            row("PUT /api/v1/devices/{id}", Role.ADMIN),
            row("DELETE /api/v1/devices/{id}", Role.ADMIN),
            row("POST /api/v1/devices/{id}/test", Role.OPERATOR),
            row("POST /api/v1/devices/ping", Role.OPERATOR),
            row("POST /backups/run", Role.OPERATOR),
            row("POST /backups/runs/{id}/cancel", Role.OPERATOR),
            row("POST /api/v1/backups/trigger", Role.OPERATOR),
            row("POST /api/v1/backups/runs/{id}/cancel", Role.OPERATOR),
            row("DELETE /api/v1/backups/{id}", Role.ADMIN),
            row("POST /backups/versions/{id}/delete", Role.ADMIN),
            row("POST /backups/versions/{id}/restore", Role.OPERATOR),
            row("POST /api/v1/backups/{id}/restore/**", Role.OPERATOR),
            row("POST /api/v1/backups/{id}/verify", Role.OPERATOR),
            row("POST /backups/versions/{id}/verify", Role.OPERATOR),
            row("GET /schedules/new", Role.ADMIN),
            row("GET /schedules/{id}/edit", Role.ADMIN),
            row("/schedules/{id}/delete", Role.ADMIN),
            row("POST /schedules/**", Role.ADMIN),
            row("POST /api/v1/schedules/**", Role.ADMIN),
            row("PUT /api/v1/schedules/**", Role.ADMIN),
            row("DELETE /api/v1/schedules/**", Role.ADMIN));

    /** Writes every user may make: his own account, tokens, preferences, the NOC switcher. */
    static final List<Row<Void>> SELF_SERVICE =
            List.of(row("/account/**", null), row("/api/v1/auth/**", null), row("/nocs/switcher", null));

    private EndpointTable() {}

    /** Makes one object in a NOC and answers its id. */
    interface OwnedFixture {
        Object in(MatrixFixtures fixtures, long nocId);
    }

    /** A table row: an optional method and a URL pattern, and what the table says about matching endpoints. */
    record Row<T>(String method, PathPattern pattern, T value) {

        /** The row's path variables must meet the endpoint's: {@code /nocs/{id}} does not match {@code /nocs/new}. */
        boolean matches(Endpoint endpoint) {
            if (method != null && !method.equals(endpoint.method().name())) {
                return false;
            }
            PathPattern.PathMatchInfo match = pattern.matchAndExtract(PathContainer.parsePath(endpoint.pattern()));
            return match != null && match.getUriVariables().values().stream().allMatch(v -> v.startsWith("{"));
        }
    }

    static <T> Optional<T> lookup(List<Row<T>> rows, Endpoint endpoint) {
        return rows.stream().filter(r -> r.matches(endpoint)).findFirst().map(Row::value);
    }

    static <T> boolean contains(List<Row<T>> rows, Endpoint endpoint) {
        return rows.stream().anyMatch(r -> r.matches(endpoint));
    }

    private static <T> Row<T> row(String spec, T value) {
        int space = spec.indexOf(' ');
        String method = space < 0 ? null : spec.substring(0, space);
        String pattern = space < 0 ? spec : spec.substring(space + 1);
        return new Row<>(method, PARSER.parse(pattern), value);
    }
}
