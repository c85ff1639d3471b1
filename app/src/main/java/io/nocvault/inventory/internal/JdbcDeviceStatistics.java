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
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** {@link DeviceStatistics} as grouped queries over the {@code devices} table, in the caller's listed NOCs. */
@Component
class JdbcDeviceStatistics implements DeviceStatistics {

    /**
     * Devices counted per NOC and per combination of the columns the figures depend on, the last backup's age bucketed
     * at the health boundaries (0 never, 1 within 24 h, 2 within 72 h, 3 older): a few hundred rows at most, folded in
     * Java by {@link DeviceStatistics#health}. One {@code count(*)} per group instead of seven conditional sums per
     * device: about three times faster on H2.
     */
    private static final String PER_NOC = """
            select d.noc_id, d.enabled, d.reachability, d.last_backup_status,
                   case when d.last_backup_at is null then 0
                        when d.last_backup_at >= :day then 1
                        when d.last_backup_at >= :threeDays then 2
                        else 3 end as age,
                   count(*) as n
            from devices d
            where %s
            group by 1, 2, 3, 4, 5
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
        Instant day = now.minus(Health.HEALTHY_WITHIN);
        Instant threeDays = now.minus(Health.WARNING_WITHIN);
        // the earliest instant of each age bucket stands for the bucket's devices
        Instant[] ages = {null, day, threeDays, threeDays.minusNanos(1)};
        Map<Long, Tally> tallies = new TreeMap<>();
        jdbc.sql(PER_NOC.formatted(scope.listedSqlCondition("d.noc_id")))
                .param("day", utc(day))
                .param("threeDays", utc(threeDays))
                .query(rs -> {
                    String status = rs.getString("last_backup_status");
                    String reachability = rs.getString("reachability");
                    tallies.computeIfAbsent(rs.getLong("noc_id"), Tally::new)
                            .add(
                                    rs.getBoolean("enabled"),
                                    reachability == null ? Reachability.UNKNOWN : Reachability.valueOf(reachability),
                                    DeviceStatistics.health(
                                            status == null ? BackupStatus.NEVER : BackupStatus.valueOf(status),
                                            ages[rs.getInt("age")],
                                            now),
                                    rs.getLong("n"));
                });
        return tallies.values().stream().map(Tally::counts).toList();
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

    /** One NOC's figures while the grouped rows are read. */
    private static final class Tally {

        private final long nocId;
        private long total;
        private long enabled;
        private long active;
        private long inactive;
        private final long[] health = new long[Health.values().length];

        Tally(long nocId) {
            this.nocId = nocId;
        }

        void add(boolean isEnabled, Reachability reachability, Health bucket, long devices) {
            total += devices;
            enabled += isEnabled ? devices : 0;
            active += reachability == Reachability.ACTIVE ? devices : 0;
            inactive += reachability == Reachability.INACTIVE ? devices : 0;
            health[bucket.ordinal()] += devices;
        }

        NocCounts counts() {
            return new NocCounts(
                    nocId,
                    total,
                    enabled,
                    active,
                    inactive,
                    total - active - inactive,
                    health[Health.HEALTHY.ordinal()],
                    health[Health.WARNING.ordinal()],
                    health[Health.CRITICAL.ordinal()],
                    health[Health.UNKNOWN.ordinal()]);
        }
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
