package io.nocvault.test;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.annotation.Bean;

/**
 * The embedded PostgreSQL outlives the application contexts at JVM exit and is still stopped: a JVM of its own
 * starts a context on it and exits; while that context closes, a bean of it still reaches the database, and once
 * the JVM is gone nothing listens on the server's port.
 */
class EmbeddedPostgresServerTest {

    private static final String REACHED = "query while closing: ok";

    @Test
    void stopsAfterTheApplicationContextsClosedAtJvmExit() throws IOException, InterruptedException {
        Path output = Files.createTempFile("exiting-node", ".log");
        Process node = new ProcessBuilder(List.of(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-Xmx128m",
                        "-cp",
                        System.getProperty("java.class.path"),
                        ExitingNode.class.getName()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean exited = node.waitFor(60, TimeUnit.SECONDS);
        node.destroyForcibly();
        String log = Files.readString(output);
        Files.delete(output);

        assertThat(exited).as("the node exits within 60 s: %s", log).isTrue();
        assertThat(log.lines().filter(line -> line.startsWith("query while closing")))
                .as("what the query of the closing context got")
                .containsExactly(REACHED);
        Matcher url =
                Pattern.compile("database: jdbc:postgresql://localhost:(\\d+)/").matcher(log);
        assertThat(url.find()).as("the database's URL in %s", log).isTrue();
        assertThat(listens(Integer.parseInt(url.group(1))))
                .as("PostgreSQL still runs after the JVM exited")
                .isFalse();
    }

    private static boolean listens(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    /**
     * A minimal application on a database of the embedded server (no auto-configuration) that exits right after
     * starting; its {@link QueryWhileClosing} bean is destroyed by Spring Boot's JVM shutdown hook.
     */
    static class ExitingNode {

        public static void main(String[] args) {
            String url = EmbeddedPostgresServer.get().createDatabase("nv_exit");
            System.out.println("database: " + url);
            SpringApplication application = new SpringApplication(ExitingNode.class);
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setBannerMode(Banner.Mode.OFF);
            application.run("--probe.url=" + url);
            System.exit(0);
        }

        @Bean(destroyMethod = "close")
        HikariDataSource dataSource(org.springframework.core.env.Environment environment) {
            HikariDataSource dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(environment.getRequiredProperty("probe.url"));
            dataSource.setUsername(EmbeddedPostgresServer.USER);
            dataSource.setConnectionTimeout(2_000);
            return dataSource;
        }

        @Bean
        QueryWhileClosing queryWhileClosing(DataSource dataSource) {
            return new QueryWhileClosing(dataSource);
        }
    }

    /**
     * Waits a moment when its context closes (as the last of many cached contexts would), then queries the database,
     * as Spring Modulith's event publication registry does.
     */
    record QueryWhileClosing(DataSource dataSource) implements DisposableBean {

        @Override
        public void destroy() throws InterruptedException {
            Thread.sleep(1_500);
            try (Connection connection = dataSource.getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("select 1");
                System.out.println(REACHED);
            } catch (SQLException e) {
                System.out.println("query while closing failed: " + e.getMessage());
            }
        }
    }
}
