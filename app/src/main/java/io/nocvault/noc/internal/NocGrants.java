package io.nocvault.noc.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code noc_grants} table: which NOCs an admin, operator or viewer may see. Plain JDBC, so that the scope
 * can read it while JPA is loading an entity.
 */
@Component
class NocGrants {

    private final JdbcClient jdbc;

    NocGrants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> nocIdsOf(long userId) {
        return new LinkedHashSet<>(jdbc.sql("select noc_id from noc_grants where user_id = :user order by noc_id")
                .param("user", userId)
                .query(Long.class)
                .list());
    }

    Set<Long> allNocIds() {
        return new LinkedHashSet<>(
                jdbc.sql("select id from nocs order by id").query(Long.class).list());
    }

    void grant(long userId, Collection<Long> nocIds) {
        OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
        for (Long nocId : nocIds) {
            jdbc.sql("insert into noc_grants (user_id, noc_id, granted_at) values (:user, :noc, :now)")
                    .param("user", userId)
                    .param("noc", nocId)
                    .param("now", now)
                    .update();
        }
    }

    void revoke(long userId, Collection<Long> nocIds) {
        if (nocIds.isEmpty()) {
            return;
        }
        jdbc.sql("delete from noc_grants where user_id = :user and noc_id in (:nocs)")
                .param("user", userId)
                .param("nocs", nocIds)
                .update();
    }

    int deleteForUser(long userId) {
        return jdbc.sql("delete from noc_grants where user_id = :user")
                .param("user", userId)
                .update();
    }

    int deleteForNoc(long nocId) {
        return jdbc.sql("delete from noc_grants where noc_id = :noc")
                .param("noc", nocId)
                .update();
    }
}
