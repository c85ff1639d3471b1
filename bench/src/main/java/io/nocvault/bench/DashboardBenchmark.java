package io.nocvault.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * The dashboard benchmark: 10,000 devices and 3,650,000 versions (plus a year of daily backup counters, audit entries
 * and recipients) written straight to the database, then {@code GET /api/v1/statistics/dashboard} over HTTP with a
 * JWT, N times, as a head admin (every NOC) and as an admin of one NOC; p50/p99/max per endpoint. Runs on H2 (file,
 * PostgreSQL mode) and on embedded PostgreSQL. Target: the dashboard API at most 150 ms. With {@code --profile=true}
 * the statements that took the most time are listed under each endpoint ({@link SqlTiming}).
 */
public final class DashboardBenchmark {

    private static final String PASSWORD = "Bench-Dashboard-Pass-1";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private DashboardBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> o = options(args);
        int devices = Integer.parseInt(o.getOrDefault("devices", "10000"));
        int days = Integer.parseInt(o.getOrDefault("versions-per-device", "365"));
        int nocs = Integer.parseInt(o.getOrDefault("nocs", "10"));
        int calls = Integer.parseInt(o.getOrDefault("calls", "200"));
        String db = o.getOrDefault("db", "both");
        SqlTiming timing = Boolean.parseBoolean(o.getOrDefault("profile", "false")) ? new SqlTiming() : null;
        System.out.printf(
                "Dashboard benchmark: %d devices in %d NOCs, %d versions, %d calls per endpoint%n",
                devices, nocs, (long) devices * days, calls);
        if (!db.equals("postgres")) {
            Path dir = Files.createTempDirectory("nocvault-dashboard-bench");
            String url = "jdbc:h2:file:" + dir.resolve("db/bench") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
            run("H2", url, "nocvault", "nocvault", dir, new Size(devices, days, nocs, calls), timing);
        }
        if (!db.equals("h2")) {
            try (EmbeddedPostgres pg = EmbeddedPostgres.builder().start()) {
                try (Connection c = pg.getPostgresDatabase().getConnection();
                        Statement s = c.createStatement()) {
                    s.execute("create database bench");
                }
                String url = "jdbc:postgresql://localhost:" + pg.getPort() + "/bench";
                run(
                        "PostgreSQL",
                        url,
                        "postgres",
                        "",
                        Files.createTempDirectory("nocvault-dashboard-bench"),
                        new Size(devices, days, nocs, calls),
                        timing);
            }
        }
    }

    /** What to load and how often to call each endpoint. */
    private record Size(int devices, int days, int nocs, int calls) {}

    private static void run(
            String name, String url, String user, String password, Path dir, Size size, SqlTiming timing)
            throws Exception {
        int devices = size.devices();
        int days = size.days();
        int nocs = size.nocs();
        int calls = size.calls();
        // system properties outrank application.yaml (which reads NOCVAULT_DB_URL)
        System.setProperty("nocvault.data-dir", dir.resolve("data").toString());
        System.setProperty("spring.datasource.url", url);
        System.setProperty("spring.datasource.username", user);
        System.setProperty("spring.datasource.password", password);
        System.setProperty("server.port", "0");
        try (ConfigurableApplicationContext app = boot(url, user, password, dir.resolve("data"), timing)) {
            JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
            Instant now = Instant.now();
            DashboardData data = new DashboardData(jdbc, name.equals("PostgreSQL"), now);
            long t0 = System.nanoTime();
            data.nocs(nocs);
            data.devices(devices, nocs);
            long t1 = System.nanoTime();
            data.versions(devices, days, nocs);
            long t2 = System.nanoTime();
            data.deviceTotals();
            long t2b = System.nanoTime();
            data.backupDays(365, nocs);
            data.audit(20_000, nocs);
            data.recipients(200, nocs);
            data.analyze();
            long t3 = System.nanoTime();
            System.out.printf(
                    "%n%s: loaded %d devices in %.1f s, %d versions in %.1f s, device totals in %.1f s,"
                            + " counters/audit/recipients in %.1f s (load average %s)%n",
                    name,
                    devices,
                    (t1 - t0) / 1e9,
                    (long) devices * days,
                    (t2 - t1) / 1e9,
                    (t2b - t2) / 1e9,
                    (t3 - t2b) / 1e9,
                    loadAverage());
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            user(jdbc, "bench-head", "HEAD_ADMIN", null);
            user(jdbc, "bench-admin", "ADMIN", DashboardData.FIRST_NOC);
            for (String login : new String[] {"bench-head", "bench-admin"}) {
                String token = login(port, login);
                Map<String, Integer> endpoints = new LinkedHashMap<>();
                endpoints.put("/api/v1/statistics/dashboard", calls);
                endpoints.put("/api/v1/statistics/backup-trends?days=30", calls);
                endpoints.put("/api/v1/statistics/device-health?limit=50", calls);
                endpoints.put("/api/v1/statistics/storage-by-device?limit=10", 5);
                System.out.printf(
                        "%s as %s (machine load average %s):%n",
                        name, login.equals("bench-head") ? "head admin (all NOCs)" : "admin of one NOC", loadAverage());
                for (Map.Entry<String, Integer> e : endpoints.entrySet()) {
                    time(port, token, e.getKey(), e.getValue(), timing);
                }
            }
        }
    }

    private static void time(int port, String token, String path, int calls, SqlTiming timing) throws Exception {
        int warmup = Math.max(3, calls / 10);
        for (int i = 0; i < warmup; i++) {
            get(port, token, path);
        }
        if (timing != null) {
            timing.start();
        }
        long[] micros = new long[calls];
        int bytes = 0;
        for (int i = 0; i < calls; i++) {
            long s = System.nanoTime();
            bytes = get(port, token, path).length();
            micros[i] = (System.nanoTime() - s) / 1000;
        }
        long[] sorted = ProcessFigures.sorted(micros);
        System.out.printf(
                Locale.ROOT,
                "  %-48s p50 %7.1f ms  p99 %7.1f ms  max %7.1f ms  (%d calls, %d bytes)%n",
                path,
                ProcessFigures.percentile(sorted, 50) / 1000.0,
                ProcessFigures.percentile(sorted, 99) / 1000.0,
                sorted[sorted.length - 1] / 1000.0,
                calls,
                bytes);
        if (timing != null) {
            timing.stop();
            timing.print(6, calls);
        }
    }

    private static String get(int port, String token, String path) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static void user(JdbcTemplate jdbc, String username, String role, Long noc) {
        jdbc.update(
                "insert into users (username, email, full_name, role, status, password_hash, created_at)"
                        + " values (?, ?, ?, ?, 'ACTIVE', ?, ?)",
                username,
                username + "@example.com",
                "Bench " + role,
                role,
                new BCryptPasswordEncoder().encode(PASSWORD),
                Timestamp.from(Instant.now()));
        if (noc != null) {
            jdbc.update(
                    "insert into noc_grants (user_id, noc_id, granted_at)"
                            + " select id, ?, ? from users where username = ?",
                    noc,
                    Timestamp.from(Instant.now()),
                    username);
        }
    }

    private static String login(int port, String username) throws Exception {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/login"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        int start = body.indexOf("\"access_token\":\"");
        if (response.statusCode() != 200 || start < 0) {
            throw new IllegalStateException("login failed: " + response.statusCode());
        }
        start += "\"access_token\":\"".length();
        return body.substring(start, body.indexOf('"', start));
    }

    private static ConfigurableApplicationContext boot(
            String url, String user, String password, Path dataDir, SqlTiming timing) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(io.nocvault.NocVaultApplication.class);
        if (timing != null) {
            builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(timing));
        }
        return builder.bannerMode(Banner.Mode.OFF)
                .properties(Map.of(
                        "nocvault.data-dir",
                        dataDir.toString(),
                        "spring.datasource.url",
                        url,
                        "spring.datasource.username",
                        user,
                        "spring.datasource.password",
                        password,
                        "nocvault.admin.initial-password",
                        "Bench-Admin-Pass-1",
                        "server.port",
                        "0",
                        "logging.level.root",
                        "warn",
                        // the bench devices' addresses are made up: never ping them
                        "nocvault.inventory.ping.interval",
                        "0"))
                .run();
    }

    /** The 1-minute load average from /proc/loadavg, or "?" elsewhere. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "?";
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> map = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (!arg.startsWith("--") || eq < 0) {
                throw new IllegalArgumentException("arguments are --name=value, got " + arg);
            }
            map.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return map;
    }
}
