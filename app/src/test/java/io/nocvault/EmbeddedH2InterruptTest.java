package io.nocvault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default database survives threads interrupted in the middle of its file reads, as a cancelled or
 * stopping backup run interrupts them: with a plain {@code jdbc:h2:file:} URL Java closes the interrupted file
 * channel and every later statement of every connection fails.
 */
class EmbeddedH2InterruptTest {

    @TempDir
    Path dataDir;

    @Test
    void interruptedReadersLeaveTheDefaultDatabaseUsable() throws Exception {
        String url = defaultUrl().replace("${nocvault.data-dir}", dataDir.toString());
        try (Connection c = DriverManager.getConnection(url, "nocvault", "nocvault")) {
            c.createStatement().execute("create table t (id int primary key, v varchar(2000))");
            try (PreparedStatement insert = c.prepareStatement("insert into t values (?, ?)")) {
                for (int i = 0; i < 20_000; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "x".repeat(1000) + i);
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
            }
        }
        try (Connection c = DriverManager.getConnection(url, "nocvault", "nocvault")) {
            List<Thread> readers = new ArrayList<>();
            for (int k = 0; k < 16; k++) {
                readers.add(Thread.ofVirtual().start(() -> read(url)));
            }
            for (int n = 0; n < 200; n++) {
                readers.forEach(Thread::interrupt);
                Thread.sleep(5);
            }
            for (Thread reader : readers) {
                reader.join();
            }
            try (ResultSet count = c.createStatement().executeQuery("select count(*) from t where mod(id, 3) = 0")) {
                assertThat(count.next()).isTrue();
                assertThat(count.getLong(1)).isEqualTo(6667);
            }
        }
    }

    private static void read(String url) {
        try (Connection c = DriverManager.getConnection(url, "nocvault", "nocvault")) {
            for (int j = 0; j < 200; j++) {
                try (ResultSet r = c.createStatement()
                        .executeQuery("select sum(length(v)) from t where mod(id, 7) = " + (j % 7))) {
                    r.next();
                }
            }
        } catch (Exception interrupted) {
            // an interrupted reader may fail; the database must not
        }
    }

    /** The default {@code spring.datasource.url} of application.yaml (without the environment override). */
    private static String defaultUrl() throws Exception {
        String yaml;
        try (InputStream in = EmbeddedH2InterruptTest.class.getResourceAsStream("/application.yaml")) {
            yaml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        Matcher m = Pattern.compile("url: \\$\\{NOCVAULT_DB_URL:(jdbc:h2:[^\\n]*)}\\s*\\n")
                .matcher(yaml);
        assertThat(m.find()).as("the default H2 URL in application.yaml").isTrue();
        return m.group(1);
    }
}
