package io.nocvault.noc.internal;

import io.nocvault.common.Origin;
import io.nocvault.noc.NewNoc;
import io.nocvault.noc.NocProvisioning;
import io.nocvault.noc.NocSummary;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link NocProvisioning} on {@link NocService}: the same rules as the NOC form and API. */
@Component
class NocProvisioner implements NocProvisioning {

    private final NocService service;
    private final RequestNocScope scope;
    private final JdbcClient jdbc;

    NocProvisioner(NocService service, RequestNocScope scope, JdbcClient jdbc) {
        this.service = service;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    @Override
    public NocSummary create(NewNoc noc, Origin origin) {
        NocCommand command = new NocCommand(
                noc.name(),
                noc.description(),
                noc.location(),
                null,
                null,
                null,
                noc.jumpHost(),
                noc.jumpPort(),
                noc.jumpUsername(),
                noc.jumpPassword(),
                noc.jumpPrivateKey(),
                false,
                false);
        try {
            NocDetails created = service.create(command, origin);
            return new NocSummary(created.id(), created.name());
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException(e.problems().stream()
                    .map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; ")));
        }
    }

    @Override
    public Optional<NocSummary> findByName(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return jdbc.sql("select id, name from nocs where name_key = :key")
                .param("key", Noc.nameKey(name))
                .query((rs, n) -> new NocSummary(rs.getLong("id"), rs.getString("name")))
                .optional()
                .filter(noc -> scope.canSee(noc.id()));
    }
}
