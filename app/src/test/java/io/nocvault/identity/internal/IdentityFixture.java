package io.nocvault.identity.internal;

import io.nocvault.identity.Role;
import io.nocvault.test.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** The identity services on a fresh in-memory database, without Spring: a movable clock, recorded events. */
final class IdentityFixture {

    final MutableClock clock = new MutableClock();
    final List<Object> events = new ArrayList<>();
    final ApplicationEventPublisher publisher = events::add;
    /** One connection for migration and tests, as a connection pool would keep it. */
    final SingleConnectionDataSource dataSource;

    final JdbcClient jdbc;
    final UserStore users;
    final Passwords passwords = new Passwords(new BCryptPasswordEncoder(4));

    IdentityFixture() {
        dataSource = new SingleConnectionDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "",
                true);
        Flyway.configure().dataSource(dataSource).load().migrate();
        jdbc = JdbcClient.create(dataSource);
        users = new UserStore(jdbc);
    }

    static IdentityProperties properties(int maxAttempts, Duration lockout, Duration jwtLifetime) {
        return new IdentityProperties(
                new IdentityProperties.Lockout(maxAttempts, lockout), new IdentityProperties.Jwt(jwtLifetime));
    }

    LoginService loginService(IdentityProperties properties) {
        return new LoginService(users, passwords, new UnknownUserThrottle(), properties, publisher, clock);
    }

    UserManagement management() {
        return new UserManagement(users, passwords, publisher, clock);
    }

    UserRecord insert(String username, Role role, UserStatus status, String password) {
        long id = users.insert(
                new NewUser(username, username + "@test.local", "Test " + username, role, status, password, false),
                passwords.hash(password),
                clock.instant());
        return users.find(id).orElseThrow();
    }

    <T> List<T> events(Class<T> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}
