package io.nocvault.notify.internal;

import io.nocvault.notify.RecipientCount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Counts recipients with the recipient list's scope condition ({@link RecipientScope#listCondition()}). */
@Component
class JdbcRecipientCount implements RecipientCount {

    private final JdbcClient jdbc;
    private final RecipientScope scope;

    JdbcRecipientCount(JdbcClient jdbc, RecipientScope scope) {
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public long listed() {
        return jdbc.sql("select count(*) from notify_recipients r where " + scope.listCondition())
                .query(Long.class)
                .single();
    }
}
