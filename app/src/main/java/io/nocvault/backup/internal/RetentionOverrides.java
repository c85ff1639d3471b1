package io.nocvault.backup.internal;

import io.nocvault.backup.KeepWithin;
import io.nocvault.backup.RetentionPolicy;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The {@code backup_retention_overrides} table: per-device policies. */
@Component
class RetentionOverrides {

    private final JdbcClient jdbc;

    RetentionOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<RetentionPolicy> find(long deviceId) {
        return jdbc.sql("""
                        select keep_last, keep_hourly, keep_daily, keep_weekly, keep_monthly, keep_yearly, keep_within
                        from backup_retention_overrides where device_id = :device
                        """)
                .param("device", deviceId)
                .query((rs, n) -> new RetentionPolicy(
                        rs.getInt("keep_last"),
                        rs.getInt("keep_hourly"),
                        rs.getInt("keep_daily"),
                        rs.getInt("keep_weekly"),
                        rs.getInt("keep_monthly"),
                        rs.getInt("keep_yearly"),
                        KeepWithin.parse(rs.getString("keep_within"))))
                .optional();
    }

    /** Every override within a scope condition on {@code noc_id}, by device id. */
    Map<Long, RetentionPolicy> all(String scopeCondition) {
        Map<Long, RetentionPolicy> result = new TreeMap<>();
        jdbc.sql("select device_id, keep_last, keep_hourly, keep_daily, keep_weekly, keep_monthly, keep_yearly,"
                        + " keep_within from backup_retention_overrides where " + scopeCondition)
                .query(rs -> {
                    result.put(
                            rs.getLong("device_id"),
                            new RetentionPolicy(
                                    rs.getInt("keep_last"),
                                    rs.getInt("keep_hourly"),
                                    rs.getInt("keep_daily"),
                                    rs.getInt("keep_weekly"),
                                    rs.getInt("keep_monthly"),
                                    rs.getInt("keep_yearly"),
                                    KeepWithin.parse(rs.getString("keep_within"))));
                });
        return result;
    }

    Optional<Long> nocOf(long deviceId) {
        return jdbc.sql("select noc_id from backup_retention_overrides where device_id = :device")
                .param("device", deviceId)
                .query(Long.class)
                .optional();
    }

    @Transactional
    void save(long deviceId, long nocId, RetentionPolicy policy, Instant now) {
        delete(deviceId);
        jdbc.sql("""
                        insert into backup_retention_overrides (device_id, noc_id, keep_last, keep_hourly, keep_daily,
                            keep_weekly, keep_monthly, keep_yearly, keep_within, updated_at)
                        values (:device, :noc, :last, :hourly, :daily, :weekly, :monthly, :yearly, :within, :now)
                        """)
                .param("device", deviceId)
                .param("noc", nocId)
                .param("last", policy.keepLast())
                .param("hourly", policy.keepHourly())
                .param("daily", policy.keepDaily())
                .param("weekly", policy.keepWeekly())
                .param("monthly", policy.keepMonthly())
                .param("yearly", policy.keepYearly())
                .param(
                        "within",
                        policy.keepWithin().isNone()
                                ? null
                                : policy.keepWithin().toString())
                .param("now", Timestamps.param(now))
                .update();
    }

    boolean delete(long deviceId) {
        return jdbc.sql("delete from backup_retention_overrides where device_id = :device")
                        .param("device", deviceId)
                        .update()
                > 0;
    }
}
