package io.nocvault.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.identity.Role;
import java.time.Instant;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The users table on H2 when every statement runs on a new connection (as after a pool renews its connections). */
class UsersTableTest {

    @Test
    void checkConstraintsStillWorkAfterTheMigratingConnectionHasClosed() {
        var dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
        Flyway.configure().dataSource(dataSource).load().migrate();
        UserStore users = new UserStore(JdbcClient.create(dataSource));

        long id = users.insert(user("fresh", Role.VIEWER), "hash", Instant.now());

        assertThat(users.find(id)).get().extracting(UserRecord::role).isEqualTo(Role.VIEWER);
        assertThatThrownBy(() -> JdbcClient.create(dataSource)
                        .sql("update users set role = 'KING' where id = :id")
                        .param("id", id)
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("violation");
    }

    private static NewUser user(String username, Role role) {
        return new NewUser(username, "u@test.local", "U", role, UserStatus.ACTIVE, "irrelevant", false);
    }
}
