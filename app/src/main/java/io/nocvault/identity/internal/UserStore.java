package io.nocvault.identity.internal;

import io.nocvault.common.Paging;
import io.nocvault.identity.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code users} table. Usernames are stored and looked up in lower case. */
@Repository
public class UserStore {

    private static final String SELECT = "select id, username, email, full_name, role, status,"
            + " password_change_required, created_at, last_login_at, last_login_ip, failed_attempts, locked_until,"
            + " theme, compact_mode, sidebar_hidden from users";

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRecord> find(long id) {
        return jdbc.sql(SELECT + " where id = :id")
                .param("id", id)
                .query(UserStore::row)
                .optional();
    }

    public Optional<UserRecord> findByUsername(String username) {
        return jdbc.sql(SELECT + " where username = :username")
                .param("username", username)
                .query(UserStore::row)
                .optional();
    }

    /** The bcrypt hash, for checking a password; never shown anywhere. */
    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from users where id = :id")
                .param("id", id)
                .query(String.class)
                .optional();
    }

    long insert(NewUser user, String passwordHash, Instant createdAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into users (username, email, full_name, role, status, password_hash,"
                        + " password_change_required, created_at) values (:username, :email, :fullName, :role, :status,"
                        + " :hash, :changeRequired, :createdAt)")
                .param("username", user.username())
                .param("email", user.email())
                .param("fullName", user.fullName())
                .param("role", user.role().name())
                .param("status", user.status().name())
                .param("hash", passwordHash)
                .param("changeRequired", user.passwordChangeRequired())
                .param("createdAt", Timestamps.bind(createdAt))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    void updateDetails(long id, String email, String fullName, Role role, UserStatus status) {
        jdbc.sql("update users set email = :email, full_name = :fullName, role = :role, status = :status,"
                        + " version = version + 1 where id = :id")
                .param("email", email)
                .param("fullName", fullName)
                .param("role", role.name())
                .param("status", status.name())
                .param("id", id)
                .update();
    }

    void updatePassword(long id, String passwordHash, boolean changeRequired) {
        jdbc.sql("update users set password_hash = :hash, password_change_required = :changeRequired,"
                        + " version = version + 1 where id = :id")
                .param("hash", passwordHash)
                .param("changeRequired", changeRequired)
                .param("id", id)
                .update();
    }

    /** Counts one more consecutive failed login and answers the new count. */
    int recordFailure(long id) {
        jdbc.sql("update users set failed_attempts = failed_attempts + 1 where id = :id")
                .param("id", id)
                .update();
        return jdbc.sql("select failed_attempts from users where id = :id")
                .param("id", id)
                .query(Integer.class)
                .single();
    }

    void lock(long id, Instant until) {
        jdbc.sql("update users set locked_until = :until where id = :id")
                .param("until", Timestamps.bind(until))
                .param("id", id)
                .update();
    }

    /** Lifts a lock and forgets failed attempts. */
    void clearFailures(long id) {
        jdbc.sql("update users set failed_attempts = 0, locked_until = null where id = :id")
                .param("id", id)
                .update();
    }

    void recordLogin(long id, Instant at, String ip) {
        jdbc.sql("update users set last_login_at = :at, last_login_ip = :ip, failed_attempts = 0, locked_until = null"
                        + " where id = :id")
                .param("at", Timestamps.bind(at))
                .param("ip", ip)
                .param("id", id)
                .update();
    }

    void savePreferences(long id, UserRecord.Preferences preferences) {
        jdbc.sql("update users set theme = :theme, compact_mode = :compact, sidebar_hidden = :hidden where id = :id")
                .param("theme", preferences.theme())
                .param("compact", preferences.compact())
                .param("hidden", preferences.sidebarHidden())
                .param("id", id)
                .update();
    }

    void saveSidebarHidden(long id, boolean hidden) {
        jdbc.sql("update users set sidebar_hidden = :hidden where id = :id")
                .param("hidden", hidden)
                .param("id", id)
                .update();
    }

    boolean delete(long id) {
        return jdbc.sql("delete from users where id = :id").param("id", id).update() > 0;
    }

    long count() {
        return jdbc.sql("select count(*) from users").query(Long.class).single();
    }

    long countActiveHeadAdmins() {
        return jdbc.sql("select count(*) from users where role = 'HEAD_ADMIN' and status = 'ACTIVE'")
                .query(Long.class)
                .single();
    }

    public long count(UserFilter filter) {
        Where where = where(filter);
        return jdbc.sql("select count(*) from users" + where.sql())
                .params(where.params())
                .query(Long.class)
                .single();
    }

    /** A page of users ordered by username. */
    public List<UserRecord> list(UserFilter filter, Paging paging) {
        Where where = where(filter);
        return jdbc.sql(SELECT + where.sql() + " order by username limit :limit offset :offset")
                .params(where.params())
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(UserStore::row)
                .list();
    }

    private static Where where(UserFilter filter) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.q() != null) {
            conditions.add("(lower(username) like :q escape '\\' or lower(full_name) like :q escape '\\'"
                    + " or lower(email) like :q escape '\\')");
            params.put("q", "%" + escapeLike(filter.q()) + "%");
        }
        if (filter.role() != null) {
            conditions.add("role = :role");
            params.put("role", filter.role().name());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status().name());
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Where(String sql, Map<String, Object> params) {}

    private static UserRecord row(ResultSet rs, int n) throws SQLException {
        return new UserRecord(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("email"),
                rs.getString("full_name"),
                Role.valueOf(rs.getString("role")),
                UserStatus.valueOf(rs.getString("status")),
                rs.getBoolean("password_change_required"),
                Timestamps.read(rs, "created_at"),
                Timestamps.read(rs, "last_login_at"),
                rs.getString("last_login_ip"),
                rs.getInt("failed_attempts"),
                Timestamps.read(rs, "locked_until"),
                new UserRecord.Preferences(
                        rs.getString("theme"), rs.getBoolean("compact_mode"), rs.getBoolean("sidebar_hidden")));
    }
}
