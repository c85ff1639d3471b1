package io.nocvault.identity.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code identity_api_tokens} table. */
@Repository
class ApiTokenStore {

    private static final String SELECT =
            "select id, user_id, name, token_hint, created_at, expires_at, last_used_at from identity_api_tokens";

    private final JdbcClient jdbc;

    ApiTokenStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long userId, String name, String hash, String hint, Instant createdAt, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into identity_api_tokens (user_id, name, token_hash, token_hint, created_at, expires_at)"
                        + " values (:userId, :name, :hash, :hint, :createdAt, :expiresAt)")
                .param("userId", userId)
                .param("name", name)
                .param("hash", hash)
                .param("hint", hint)
                .param("createdAt", Timestamps.bind(createdAt))
                .param("expiresAt", Timestamps.bind(expiresAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<ApiTokenRecord> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(ApiTokenStore::row)
                .optional();
    }

    Optional<ApiTokenRecord> findByHash(String hash) {
        return jdbc.sql(SELECT + " where token_hash = :hash")
                .param("hash", hash)
                .query(ApiTokenStore::row)
                .optional();
    }

    List<ApiTokenRecord> listFor(long userId) {
        return jdbc.sql(SELECT + " where user_id = :userId order by created_at desc, id desc")
                .param("userId", userId)
                .query(ApiTokenStore::row)
                .list();
    }

    /** Records a use, at most once a minute per token to keep requests cheap. */
    void touch(long id, Instant now) {
        jdbc.sql("update identity_api_tokens set last_used_at = :now"
                        + " where id = :id and (last_used_at is null or last_used_at < :threshold)")
                .param("now", Timestamps.bind(now))
                .param("threshold", Timestamps.bind(now.minusSeconds(60)))
                .param("id", id)
                .update();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from identity_api_tokens where id = :id")
                        .param("id", id)
                        .update()
                > 0;
    }

    private static ApiTokenRecord row(ResultSet rs, int n) throws SQLException {
        return new ApiTokenRecord(
                rs.getLong("id"),
                rs.getLong("user_id"),
                rs.getString("name"),
                rs.getString("token_hint"),
                Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "expires_at"),
                Timestamps.read(rs, "last_used_at"));
    }
}
