package io.nocvault.inventory.internal;

import io.nocvault.common.Walk;
import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceStatistics;
import io.nocvault.inventory.Reachability;
import io.nocvault.noc.NocScope;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link DeviceStatistics} as grouped queries over the {@code devices} table, in the caller's listed NOCs. */
@Component
class JdbcDeviceStatistics implements DeviceStatistics {

    private static final String PER_NOC = """
            select d.noc_id, count(*) as c_total,
                   sum(case when d.enabled then 1 else 0 end) as c_enabled,
                   sum(case when d.reachability = 'ACTIVE' then 1 else 0 end) as c_active,
                   sum(case when d.reachability = 'INACTIVE' then 1 else 0 end) as c_inactive,
                   sum(case when d.last_backup_at is null or d.last_backup_status = 'NEVER' then 1 else 0 end)
                       as c_unknown,
                   sum(case when d.last_backup_status = 'SUCCESS' and d.last_backup_at >= :day then 1 else 0 end)
                       as c_healthy,
                   sum(case when d.last_backup_status <> 'NEVER' and d.last_backup_at < :threeDays then 1 else 0 end)
                       as c_critical
            from devices d
            where %s
            group by d.noc_id
            order by d.noc_id
            """;

    private static final String LINE = """
            select d.id, d.noc_id, d.hostname, d.address, d.port, d.device_type, d.enabled, d.reachability,
                   d.last_backup_status, d.last_backup_at
            from devices d""";
    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final NocScope scope;

    private final TransactionTemplate readOnly;

    JdbcDeviceStatistics(JdbcClient jdbc, NocScope scope, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.scope = scope;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public List<NocCounts> perNoc(Instant now) {
        return jdbc.sql(PER_NOC.formatted(scope.listedSqlCondition("d.noc_id")))
                .param("day", utc(now.minus(Health.HEALTHY_WITHIN)))
                .param("threeDays", utc(now.minus(Health.WARNING_WITHIN)))
                .query(JdbcDeviceStatistics::counts)
                .list();
    }

    @Override
    public Map<String, Long> byType() {
        Map<String, Long> types = new LinkedHashMap<>();
        jdbc.sql("select d.device_type, count(*) as n from devices d where " + scope.listedSqlCondition("d.noc_id")
                        + " group by d.device_type order by n desc, d.device_type")
                .query(rs -> {
                    types.put(rs.getString("device_type"), rs.getLong("n"));
                });
        return types;
    }

    @Override
    public List<DeviceLine> overview(int limit, long offset) {
        return jdbc.sql("""
                        %s where %s
                        order by d.noc_id, d.hostname_key, d.id
                        limit :limit offset :offset
                        """.formatted(LINE, scope.listedSqlCondition("d.noc_id")))
                .param("limit", limit)
                .param("offset", offset)
                .query(JdbcDeviceStatistics::line)
                .list();
    }

    @Override
    public Walk<DeviceLine> listed() {
        String sql =
                LINE + " where " + scope.listedSqlCondition("d.noc_id") + " order by d.noc_id, d.hostname_key, d.id";
        return sink -> readOnly.executeWithoutResult(status -> jdbc.sql(sql)
                .withFetchSize(FETCH_SIZE)
                .query(rs -> {
                    sink.accept(line(rs, rs.getRow()));
                }));
    }

    private static NocCounts counts(ResultSet rs, int n) throws SQLException {
        long total = rs.getLong("c_total");
        long active = rs.getLong("c_active");
        long inactive = rs.getLong("c_inactive");
        long unknown = rs.getLong("c_unknown");
        long healthy = rs.getLong("c_healthy");
        long critical = rs.getLong("c_critical");
        return new NocCounts(
                rs.getLong("noc_id"),
                total,
                rs.getLong("c_enabled"),
                active,
                inactive,
                total - active - inactive,
                healthy,
                total - unknown - healthy - critical,
                critical,
                unknown);
    }

    private static DeviceLine line(ResultSet rs, int n) throws SQLException {
        OffsetDateTime at = rs.getObject("last_backup_at", OffsetDateTime.class);
        String status = rs.getString("last_backup_status");
        String reachability = rs.getString("reachability");
        return new DeviceLine(
                rs.getLong("id"),
                rs.getLong("noc_id"),
                rs.getString("hostname"),
                rs.getString("address"),
                rs.getInt("port"),
                rs.getString("device_type"),
                rs.getBoolean("enabled"),
                reachability == null ? Reachability.UNKNOWN : Reachability.valueOf(reachability),
                status == null ? BackupStatus.NEVER : BackupStatus.valueOf(status),
                at == null ? null : at.toInstant());
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
