package io.nocvault.noc.internal;

import io.nocvault.noc.JumpServer;
import io.nocvault.noc.NocDirectory;
import io.nocvault.noc.NocSummary;
import io.nocvault.secrets.SecretBox;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link NocDirectory} on the {@code nocs} table, within the caller's scope. */
@Component
class NocCatalog implements NocDirectory {

    private final JdbcClient jdbc;
    private final RequestNocScope scope;
    private final SecretBox secrets;

    NocCatalog(JdbcClient jdbc, RequestNocScope scope, SecretBox secrets) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.secrets = secrets;
    }

    @Override
    public List<NocSummary> visible() {
        return scope.unrestricted() ? all() : named(scope.visibleNocIds());
    }

    @Override
    public List<NocSummary> listed() {
        return scope.unrestricted() && scope.selectedNocId().isEmpty() ? all() : named(scope.listedNocIds());
    }

    @Override
    public Optional<NocSummary> find(long nocId) {
        if (!scope.canSee(nocId)) {
            return Optional.empty();
        }
        return jdbc.sql("select id, name from nocs where id = :id")
                .param("id", nocId)
                .query((rs, n) -> new NocSummary(rs.getLong("id"), rs.getString("name")))
                .optional();
    }

    @Override
    public Optional<JumpServer> jumpServer(long nocId) {
        if (!scope.canSee(nocId)) {
            return Optional.empty();
        }
        return jdbc.sql("select id, name, jump_host, jump_port, jump_username, jump_password_sealed,"
                        + " jump_private_key_sealed from nocs where id = :id and jump_host is not null")
                .param("id", nocId)
                .query((rs, n) -> new JumpServer(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("jump_host"),
                        rs.getInt("jump_port"),
                        rs.getString("jump_username"),
                        secrets.open(rs.getString("jump_password_sealed"), NocChanges.PASSWORD_PURPOSE),
                        secrets.open(rs.getString("jump_private_key_sealed"), NocChanges.PRIVATE_KEY_PURPOSE)))
                .optional();
    }

    /** Every NOC, whatever the scope: for the head admin's grant editor. */
    List<NocSummary> all() {
        return jdbc.sql("select id, name from nocs order by name_key")
                .query((rs, n) -> new NocSummary(rs.getLong("id"), rs.getString("name")))
                .list();
    }

    /** The NOCs among {@code ids} that exist, by name. */
    List<NocSummary> named(Set<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id, name from nocs where id in (:ids) order by name_key")
                .param("ids", ids)
                .query((rs, n) -> new NocSummary(rs.getLong("id"), rs.getString("name")))
                .list();
    }
}
