package io.nocvault.backup.internal;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.StoreStatistics;
import io.nocvault.common.Walk;
import io.nocvault.noc.NocScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link StoreStatistics} in the caller's listed NOCs: per-device figures from the running totals in
 * {@code backup_devices} (kept by {@link VersionRows}), versions from {@code backup_versions}.
 */
@Component
class JdbcStoreStatistics implements StoreStatistics {

    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final NocScope scope;
    private final TransactionTemplate readOnly;

    JdbcStoreStatistics(JdbcClient jdbc, NocScope scope, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public List<DeviceStorage> topDevices(int limit) {
        return largest("bytes", limit);
    }

    @Override
    public List<DeviceStorage> topStoredDevices(int limit) {
        return largest("stored_bytes", limit);
    }

    private List<DeviceStorage> largest(String column, int limit) {
        return jdbc.sql("""
                        select d.device_id, d.noc_id, d.versions, d.bytes, d.stored_bytes
                        from backup_devices d where d.versions > 0 and %s
                        order by d.%s desc, d.device_id
                        limit :limit
                        """.formatted(scope.listedSqlCondition("d.noc_id"), column))
                .param("limit", limit)
                .query((rs, n) -> new DeviceStorage(
                        rs.getLong("device_id"),
                        rs.getLong("noc_id"),
                        rs.getLong("versions"),
                        rs.getLong("bytes"),
                        rs.getLong("stored_bytes")))
                .list();
    }

    @Override
    public Walk<BackupVersion> versions(Instant from, Instant to) {
        List<String> where = new ArrayList<>(List.of(scope.listedSqlCondition("v.noc_id")));
        Map<String, Object> params = new LinkedHashMap<>();
        if (from != null) {
            where.add("v.first_seen >= :from");
            params.put("from", Timestamps.param(from));
        }
        if (to != null) {
            where.add("v.first_seen < :to");
            params.put("to", Timestamps.param(to));
        }
        String sql = "select " + VersionRows.COLUMNS + " from backup_versions v where " + String.join(" and ", where)
                + VersionRows.NEWEST_FIRST;
        return sink -> readOnly.executeWithoutResult(status -> jdbc.sql(sql)
                .withFetchSize(FETCH_SIZE)
                .params(params)
                .query(rs -> {
                    sink.accept(VersionRows.map(rs, rs.getRow()));
                }));
    }
}
