package io.nocvault.identity.internal;

import io.nocvault.identity.Role;
import io.nocvault.identity.UserDirectory;
import io.nocvault.identity.UserSummary;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link UserDirectory} on the {@code users} table. */
@Component
class JdbcUserDirectory implements UserDirectory {

    private static final String COLUMNS = "select id, username, full_name, email, role, status from users";

    private final JdbcClient jdbc;

    JdbcUserDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<UserSummary> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id")
                .param("id", id)
                .query(JdbcUserDirectory::row)
                .optional();
    }

    @Override
    public List<UserSummary> all() {
        return jdbc.sql(COLUMNS + " order by username")
                .query(JdbcUserDirectory::row)
                .list();
    }

    private static UserSummary row(ResultSet rs, int n) throws SQLException {
        return new UserSummary(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("full_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                "ACTIVE".equals(rs.getString("status")));
    }
}
