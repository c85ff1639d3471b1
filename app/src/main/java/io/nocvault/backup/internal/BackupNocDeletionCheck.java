package io.nocvault.backup.internal;

import io.nocvault.noc.NocDeletionCheck;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A NOC with stored backup versions cannot be deleted. */
@Component
class BackupNocDeletionCheck implements NocDeletionCheck {

    private final VersionRows rows;

    BackupNocDeletionCheck(VersionRows rows) {
        this.rows = rows;
    }

    @Override
    public Optional<String> reasonToKeep(long nocId) {
        long count = rows.countOfNoc(nocId);
        return count == 0 ? Optional.empty() : Optional.of(count + " backup version(s)");
    }
}
