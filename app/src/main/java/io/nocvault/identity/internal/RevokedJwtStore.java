package io.nocvault.identity.internal;

import java.time.Clock;
import java.time.Instant;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** JWT ids revoked by logout, kept until the JWT would have expired anyway. */
@Component
class RevokedJwtStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    RevokedJwtStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void revoke(String jti, Instant expiresAt) {
        jdbc.sql("delete from identity_revoked_jwts where expires_at < :now")
                .param("now", Timestamps.bind(clock.instant()))
                .update();
        if (!revoked(jti)) {
            jdbc.sql("insert into identity_revoked_jwts (jti, expires_at) values (:jti, :expiresAt)")
                    .param("jti", jti)
                    .param("expiresAt", Timestamps.bind(expiresAt))
                    .update();
        }
    }

    boolean revoked(String jti) {
        return jdbc.sql("select count(*) from identity_revoked_jwts where jti = :jti")
                        .param("jti", jti)
                        .query(Long.class)
                        .single()
                > 0;
    }
}
