package io.nocvault.test;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * NOCs and NOC grants for tests, written straight to the tables (no user, no events): for tests of modules that
 * keep data per NOC. Names get a random suffix so that tests sharing a context do not collide.
 */
public final class TestNocs {

    private final JdbcClient jdbc;

    public TestNocs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A NOC reached directly, named {@code <prefix> <random>}; answers its id. */
    public long create(String prefix) {
        String name = prefix + " " + UUID.randomUUID().toString().substring(0, 8);
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        jdbc.sql("""
                        insert into nocs (name, name_key, jump_port, created_at, updated_at)
                        values (:name, :key, 22, :now, :now)
                        """)
                .param("name", name)
                .param("key", name.toLowerCase(Locale.ROOT))
                .param("now", now)
                .update();
        return jdbc.sql("select id from nocs where name = :name")
                .param("name", name)
                .query(Long.class)
                .single();
    }

    /** Lets the user see the NOCs. */
    public void grant(long userId, long... nocIds) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        for (long nocId : nocIds) {
            jdbc.sql("insert into noc_grants (user_id, noc_id, granted_at) values (:user, :noc, :now)")
                    .param("user", userId)
                    .param("noc", nocId)
                    .param("now", now)
                    .update();
        }
    }

    public String name(long nocId) {
        return jdbc.sql("select name from nocs where id = :id")
                .param("id", nocId)
                .query(String.class)
                .single();
    }
}
