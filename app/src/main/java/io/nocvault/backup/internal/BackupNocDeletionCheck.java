package io.nocvault.backup.internal;

import io.nocvault.noc.NocDeletionCheck;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** A NOC with stored backups or retention overrides of its devices cannot be deleted. */
@Component
class BackupNocDeletionCheck implements NocDeletionCheck {

    private final JdbcClient jdbc;

    BackupNocDeletionCheck(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<String> reasonToKeep(long nocId) {
        List<String> reasons = new ArrayList<>();
        long versions = count("select count(*) from backup_versions where noc_id = :noc", nocId);
        long devices = count("select count(*) from backup_devices where noc_id = :noc", nocId);
        long overrides = count("select count(*) from backup_retention_overrides where noc_id = :noc", nocId);
        if (versions > 0 || devices > 0) {
            reasons.add(versions + " backup version(s)");
        }
        if (overrides > 0) {
            reasons.add(overrides + " retention override(s)");
        }
        return reasons.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", reasons));
    }

    private long count(String sql, long nocId) {
        return jdbc.sql(sql).param("noc", nocId).query(Long.class).single();
    }
}
