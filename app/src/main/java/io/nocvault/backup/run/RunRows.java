package io.nocvault.backup.run;

import io.nocvault.backup.DeviceOutcome;
import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunReport.DeviceResult;
import io.nocvault.backup.RunStatus;
import io.nocvault.common.Paging;
import io.nocvault.common.Walk;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@code backup_runs} and {@code backup_run_devices} tables. Counts are always computed from the devices. */
@Component
class RunRows {

    private static final int MAX_ERROR = 2000;
    private static final int MAX_STEP = 200;

    private static final String COUNTS = """
            count(d.device_id) as total,
            coalesce(sum(case when d.outcome = 'STORED' then 1 else 0 end), 0) as stored,
            coalesce(sum(case when d.outcome = 'UNCHANGED' then 1 else 0 end), 0) as unchanged,
            coalesce(sum(case when d.outcome = 'FAILED' then 1 else 0 end), 0) as failed,
            coalesce(sum(case when d.outcome = 'SKIPPED' then 1 else 0 end), 0) as skipped
            """;

    private static final String DEVICE_COLUMNS = "d.device_id, d.noc_id, d.hostname, d.outcome, d.failure_kind,"
            + " d.step, d.error, d.attempts, d.duration_ms, d.version_id, d.finished_at";

    private static final int FETCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate readOnly;

    RunRows(JdbcClient jdbc, JdbcTemplate template, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** A run's own row. */
    record RunRow(
            long id,
            String target,
            String startedBy,
            RunStatus status,
            int total,
            Instant startedAt,
            Instant finishedAt) {}

    /** What a device's attempt came to. */
    record Finished(
            DeviceOutcome outcome,
            String failureKind,
            String step,
            String error,
            int attempts,
            Long durationMillis,
            Long versionId,
            Instant at) {}

    long insertRun(String target, String startedBy, int total, Instant at) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into backup_runs (target, started_by, status, total, started_at)
                        values (:target, :by, 'RUNNING', :total, :at)
                        """)
                .param("target", cut(target, 500))
                .param("by", cut(startedBy, 200))
                .param("total", total)
                .param("at", param(at))
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    void insertDevices(long runId, List<PlannedDevice> devices) {
        template.batchUpdate("""
                insert into backup_run_devices (run_id, device_id, noc_id, hostname, device_type, outcome)
                values (?, ?, ?, ?, ?, 'PENDING')
                """, devices, 500, (statement, device) -> {
            statement.setLong(1, runId);
            statement.setLong(2, device.deviceId());
            statement.setLong(3, device.nocId());
            statement.setString(4, cut(device.hostname(), 255));
            statement.setString(5, cut(device.deviceType(), 100));
        });
    }

    void finishDevice(long runId, long deviceId, Finished result) {
        jdbc.sql("""
                        update backup_run_devices set outcome = :outcome, failure_kind = :kind, step = :step,
                            error = :error, attempts = :attempts, duration_ms = :duration, version_id = :version,
                            finished_at = :at
                        where run_id = :run and device_id = :device
                        """)
                .param("outcome", result.outcome().name())
                .param("kind", result.failureKind())
                .param("step", cut(result.step(), MAX_STEP))
                .param("error", cut(result.error(), MAX_ERROR))
                .param("attempts", result.attempts())
                .param("duration", result.durationMillis())
                .param("version", result.versionId())
                .param("at", param(result.at()))
                .param("run", runId)
                .param("device", deviceId)
                .update();
    }

    /** Marks the devices still pending as skipped (a cancelled or interrupted run). */
    int skipPending(long runId, String why, Instant at) {
        return jdbc.sql("""
                        update backup_run_devices set outcome = 'SKIPPED', error = :why, finished_at = :at
                        where run_id = :run and outcome = 'PENDING'
                        """)
                .param("why", why)
                .param("at", param(at))
                .param("run", runId)
                .update();
    }

    /** Ends a running run; false when it had already ended. */
    boolean finishRun(long runId, RunStatus status, Instant at) {
        return jdbc.sql("""
                        update backup_runs set status = :status, finished_at = :at
                        where id = :id and status = 'RUNNING'
                        """)
                        .param("status", status.name())
                        .param("at", param(at))
                        .param("id", runId)
                        .update()
                == 1;
    }

    List<Long> running() {
        return jdbc.sql("select id from backup_runs where status = 'RUNNING' order by id")
                .query(Long.class)
                .list();
    }

    Optional<RunRow> run(long runId) {
        return jdbc.sql("""
                        select id, target, started_by, status, total, started_at, finished_at
                        from backup_runs where id = :id
                        """)
                .param("id", runId)
                .query((rs, n) -> new RunRow(
                        rs.getLong("id"),
                        rs.getString("target"),
                        rs.getString("started_by"),
                        RunStatus.valueOf(rs.getString("status")),
                        rs.getInt("total"),
                        read(rs, "started_at"),
                        read(rs, "finished_at")))
                .optional();
    }

    /** NOC ids of the run's devices (to decide who may cancel it). */
    List<Long> nocsOf(long runId) {
        return jdbc.sql("select distinct noc_id from backup_run_devices where run_id = :run")
                .param("run", runId)
                .query(Long.class)
                .list();
    }

    /** The run with the devices the reader may see; empty when it does not exist or he may see none of it. */
    Optional<RunReport> report(long runId, RunVisibility visibility) {
        return reports(" and r.id = :id", visibility, Paging.of(1, 0L), runId).stream()
                .findFirst()
                .map(summary -> withDevices(summary, devices(runId, visibility)));
    }

    /** The result {@link #finishDevice} records, as {@link #device} would read it back. */
    static DeviceResult recorded(PlannedDevice device, Finished result) {
        return new DeviceResult(
                device.deviceId(),
                device.nocId(),
                device.hostname(),
                result.outcome(),
                result.failureKind(),
                cut(result.error(), MAX_ERROR),
                result.attempts(),
                result.durationMillis(),
                result.versionId(),
                result.at());
    }

    /** One device's result within a run. */
    Optional<DeviceResult> device(long runId, long deviceId) {
        return jdbc.sql("select " + DEVICE_COLUMNS + " from backup_run_devices d where d.run_id = :run"
                        + " and d.device_id = :device")
                .param("run", runId)
                .param("device", deviceId)
                .query(RunRows::mapDevice)
                .optional();
    }

    List<DeviceResult> devices(long runId, RunVisibility visibility) {
        return jdbc.sql("select " + DEVICE_COLUMNS + " from backup_run_devices d where d.run_id = :run and "
                        + visibility.sql("d.noc_id") + " order by d.hostname, d.device_id")
                .param("run", runId)
                .query(RunRows::mapDevice)
                .list();
    }

    /** Runs the reader may see, newest first, with counts of his devices only (no device list). */
    List<RunReport> list(RunVisibility visibility, RunStatus status, Paging paging) {
        return reports(status == null ? "" : " and r.status = :status", visibility, paging, status);
    }

    /**
     * Like {@link #list}, every run started in {@code [from, to)} (either may be {@code null}), latest start first,
     * read with a cursor in a read-only transaction when the walk runs.
     */
    Walk<RunReport> walk(RunVisibility visibility, Instant from, Instant to) {
        String sql = "select r.id, r.target, r.started_by, r.status, r.started_at, r.finished_at, " + COUNTS
                + " from backup_runs r left join backup_run_devices d on d.run_id = r.id and "
                + visibility.sql("d.noc_id") + " where " + visible(visibility)
                + (from == null ? "" : " and r.started_at >= :from") + (to == null ? "" : " and r.started_at < :to")
                + " group by r.id, r.target, r.started_by, r.status, r.started_at, r.finished_at"
                + " order by r.started_at desc, r.id desc";
        Map<String, Object> params = new HashMap<>();
        params.put("actor", visibility.actor());
        if (from != null) {
            params.put("from", param(from));
        }
        if (to != null) {
            params.put("to", param(to));
        }
        return sink -> readOnly.executeWithoutResult(status -> jdbc.sql(sql)
                .withFetchSize(FETCH_SIZE)
                .params(params)
                .query(rs -> {
                    sink.accept(mapRun(rs, rs.getRow()));
                }));
    }

    long count(RunVisibility visibility, RunStatus status) {
        var sql = jdbc.sql("select count(*) from backup_runs r where " + visible(visibility)
                        + (status == null ? "" : " and r.status = :status"))
                .param("actor", visibility.actor());
        if (status != null) {
            sql = sql.param("status", status.name());
        }
        return sql.query(Long.class).single();
    }

    private List<RunReport> reports(String condition, RunVisibility visibility, Paging paging, Object value) {
        var sql = jdbc.sql("select r.id, r.target, r.started_by, r.status, r.started_at, r.finished_at, " + COUNTS
                        + " from backup_runs r left join backup_run_devices d on d.run_id = r.id and "
                        + visibility.sql("d.noc_id") + " where " + visible(visibility) + condition
                        + " group by r.id, r.target, r.started_by, r.status, r.started_at, r.finished_at"
                        + " order by r.id desc limit :limit offset :offset")
                .param("actor", visibility.actor())
                .param("limit", paging.limit())
                .param("offset", paging.offset());
        if (value instanceof Long id) {
            sql = sql.param("id", id);
        } else if (value instanceof RunStatus status) {
            sql = sql.param("status", status.name());
        }
        return sql.query(RunRows::mapRun).list();
    }

    private static String visible(RunVisibility visibility) {
        if (visibility.all()) {
            return "1 = 1";
        }
        return "(exists (select 1 from backup_run_devices x where x.run_id = r.id and " + visibility.sql("x.noc_id")
                + ") or (r.total = 0 and r.started_by = :actor))";
    }

    private static RunReport withDevices(RunReport run, List<DeviceResult> devices) {
        return new RunReport(
                run.id(),
                run.target(),
                run.startedBy(),
                run.status(),
                run.startedAt(),
                run.finishedAt(),
                run.total(),
                run.stored(),
                run.unchanged(),
                run.failed(),
                run.skipped(),
                devices);
    }

    private static RunReport mapRun(ResultSet rs, int row) throws SQLException {
        return new RunReport(
                rs.getLong("id"),
                rs.getString("target"),
                rs.getString("started_by"),
                RunStatus.valueOf(rs.getString("status")),
                read(rs, "started_at"),
                read(rs, "finished_at"),
                rs.getInt("total"),
                rs.getInt("stored"),
                rs.getInt("unchanged"),
                rs.getInt("failed"),
                rs.getInt("skipped"),
                List.of());
    }

    private static DeviceResult mapDevice(ResultSet rs, int row) throws SQLException {
        long duration = rs.getLong("duration_ms");
        Long durationMillis = rs.wasNull() ? null : duration;
        long version = rs.getLong("version_id");
        Long versionId = rs.wasNull() ? null : version;
        return new DeviceResult(
                rs.getLong("device_id"),
                rs.getLong("noc_id"),
                rs.getString("hostname"),
                DeviceOutcome.valueOf(rs.getString("outcome")),
                rs.getString("failure_kind"),
                rs.getString("error"),
                rs.getInt("attempts"),
                durationMillis,
                versionId,
                read(rs, "finished_at"));
    }

    private static OffsetDateTime param(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant read(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
