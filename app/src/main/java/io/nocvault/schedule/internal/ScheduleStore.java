package io.nocvault.schedule.internal;

import io.nocvault.backup.RunTarget;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/** The {@code schedules} and {@code schedule_nocs} tables. Knows nothing of scopes. */
@Component
class ScheduleStore {

    private static final String COLUMNS = "s.id, s.name, s.kind, s.time_of_day, s.day_of_week, s.day_of_month,"
            + " s.cron, s.zone, s.target_kind, s.target_ids, s.target_names, s.enabled, s.created_by, s.created_at,"
            + " s.updated_at, s.last_run_at, s.last_run_id, s.last_success, s.last_result, s.next_run_at";
    private static final int MAX_RESULT = 300;

    private final JdbcClient jdbc;

    ScheduleStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(ScheduleDefinition d, String createdBy, Instant now, Instant next) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into schedules (name, name_key, kind, time_of_day, day_of_week, day_of_month, cron, zone,"
                        + " target_kind, target_ids, target_names, enabled, created_by, created_at, updated_at,"
                        + " next_run_at) values (:name, :key, :kind, :time, :dow, :dom, :cron, :zone, :targetKind,"
                        + " :targetIds, :targetNames, :enabled, :createdBy, :now, :now, :next)")
                .params(params(d, now, next))
                .param("createdBy", createdBy)
                .update(keys, "id");
        long id = keys.getKey().longValue();
        replaceNocs(id, d.nocIds());
        return id;
    }

    void update(long id, ScheduleDefinition d, Instant now, Instant next) {
        jdbc.sql("update schedules set name = :name, name_key = :key, kind = :kind, time_of_day = :time,"
                        + " day_of_week = :dow, day_of_month = :dom, cron = :cron, zone = :zone,"
                        + " target_kind = :targetKind, target_ids = :targetIds, target_names = :targetNames,"
                        + " enabled = :enabled, updated_at = :now, next_run_at = :next where id = :id")
                .params(params(d, now, next))
                .param("id", id)
                .update();
        replaceNocs(id, d.nocIds());
    }

    void setEnabled(long id, boolean enabled, Instant now, Instant next) {
        jdbc.sql("update schedules set enabled = :enabled, updated_at = :now, next_run_at = :next where id = :id")
                .param("enabled", enabled)
                .param("now", utc(now))
                .param("next", utc(next))
                .param("id", id)
                .update();
    }

    void setNext(long id, Instant next) {
        jdbc.sql("update schedules set next_run_at = :next where id = :id")
                .param("next", utc(next))
                .param("id", id)
                .update();
    }

    void recordRun(long id, Instant at, Long runId, boolean success, String result) {
        String cut = result != null && result.length() > MAX_RESULT ? result.substring(0, MAX_RESULT) : result;
        jdbc.sql("update schedules set last_run_at = :at, last_run_id = :run, last_success = :ok, last_result = :result"
                        + " where id = :id")
                .param("at", utc(at))
                .param("run", runId)
                .param("ok", success)
                .param("result", cut)
                .param("id", id)
                .update();
    }

    void delete(long id) {
        jdbc.sql("delete from schedule_nocs where schedule_id = :id")
                .param("id", id)
                .update();
        jdbc.sql("delete from schedules where id = :id").param("id", id).update();
    }

    Optional<ScheduleRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from schedules s where s.id = :id")
                .param("id", id)
                .query(ScheduleStore::row)
                .optional()
                .map(r -> withNocs(List.of(r)).getFirst());
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("select count(*) from schedules where name_key = :key and id <> :id")
                        .param("key", name.toLowerCase(Locale.ROOT))
                        .param("id", exceptId == null ? -1L : exceptId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Schedules matching {@code condition} (SQL on alias {@code s}, built from numbers only) and the filters. */
    List<ScheduleRow> list(String condition, ScheduleFilter filter, int limit, long offset) {
        return withNocs(jdbc.sql("select " + COLUMNS + " from schedules s where " + condition + filter.sql()
                        + " order by lower(s.name), s.id limit :limit offset :offset")
                .params(filter.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(ScheduleStore::row)
                .list());
    }

    long count(String condition, ScheduleFilter filter) {
        return jdbc.sql("select count(*) from schedules s where " + condition + filter.sql())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    /** The enabled schedules with a next run, soonest first. */
    List<ScheduleRow> upcoming(String condition, int limit) {
        return withNocs(jdbc.sql("select " + COLUMNS + " from schedules s where " + condition
                        + " and s.enabled = true and s.next_run_at is not null order by s.next_run_at, s.id"
                        + " limit :limit")
                .param("limit", limit)
                .query(ScheduleStore::row)
                .list());
    }

    List<Long> enabledIds() {
        return jdbc.sql("select id from schedules where enabled = true order by id")
                .query(Long.class)
                .list();
    }

    long countForNoc(long nocId) {
        return jdbc.sql("select count(*) from schedule_nocs where noc_id = :noc")
                .param("noc", nocId)
                .query(Long.class)
                .single();
    }

    private void replaceNocs(long id, Set<Long> nocIds) {
        jdbc.sql("delete from schedule_nocs where schedule_id = :id")
                .param("id", id)
                .update();
        for (Long nocId : nocIds) {
            jdbc.sql("insert into schedule_nocs (schedule_id, noc_id) values (:id, :noc)")
                    .param("id", id)
                    .param("noc", nocId)
                    .update();
        }
    }

    private List<ScheduleRow> withNocs(List<ScheduleRow> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, Set<Long>> nocs = new HashMap<>();
        jdbc.sql("select schedule_id, noc_id from schedule_nocs where schedule_id in (:ids)")
                .param("ids", rows.stream().map(ScheduleRow::id).toList())
                .query(rs -> {
                    nocs.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>())
                            .add(rs.getLong(2));
                });
        List<ScheduleRow> result = new ArrayList<>();
        for (ScheduleRow r : rows) {
            result.add(new ScheduleRow(
                    r.id(),
                    r.name(),
                    r.timing(),
                    r.target(),
                    Set.copyOf(nocs.getOrDefault(r.id(), Set.of())),
                    r.enabled(),
                    r.createdBy(),
                    r.createdAt(),
                    r.updatedAt(),
                    r.lastRunAt(),
                    r.lastRunId(),
                    r.lastSuccess(),
                    r.lastResult(),
                    r.nextRunAt()));
        }
        return result;
    }

    private static Map<String, Object> params(ScheduleDefinition d, Instant now, Instant next) {
        Timing t = d.timing();
        Map<String, Object> p = new HashMap<>();
        p.put("name", d.name());
        p.put("key", d.name().toLowerCase(Locale.ROOT));
        p.put("kind", t.kind().name());
        p.put("time", t.time() == null ? null : t.time().toString());
        p.put("dow", t.dayOfWeek() == null ? null : t.dayOfWeek().name());
        p.put("dom", t.dayOfMonth());
        p.put("cron", t.cron());
        p.put("zone", t.zone().getId());
        p.put("targetKind", d.target().kind().name());
        p.put("targetIds", join(d.target().ids().stream().map(String::valueOf).toList()));
        p.put("targetNames", join(d.target().names()));
        p.put("enabled", d.enabled());
        p.put("now", utc(now));
        p.put("next", utc(next));
        return p;
    }

    private static String join(List<String> values) {
        return values.isEmpty() ? null : String.join("\n", values);
    }

    private static List<String> split(String value) {
        return value == null || value.isEmpty() ? List.of() : Arrays.asList(value.split("\n"));
    }

    static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static ScheduleRow row(ResultSet rs, int n) throws SQLException {
        String time = rs.getString("time_of_day");
        String dow = rs.getString("day_of_week");
        int dom = rs.getInt("day_of_month");
        Integer dayOfMonth = rs.wasNull() ? null : dom;
        Timing timing = new Timing(
                ScheduleKind.valueOf(rs.getString("kind")),
                time == null ? null : LocalTime.parse(time),
                dow == null ? null : DayOfWeek.valueOf(dow),
                dayOfMonth,
                rs.getString("cron"),
                ZoneId.of(rs.getString("zone")));
        RunTarget target = new RunTarget(
                RunTarget.Kind.valueOf(rs.getString("target_kind")),
                split(rs.getString("target_ids")).stream().map(Long::valueOf).collect(Collectors.toList()),
                split(rs.getString("target_names")));
        long runId = rs.getLong("last_run_id");
        Long lastRunId = rs.wasNull() ? null : runId;
        boolean ok = rs.getBoolean("last_success");
        Boolean lastSuccess = rs.wasNull() ? null : ok;
        return new ScheduleRow(
                rs.getLong("id"),
                rs.getString("name"),
                timing,
                target,
                Set.of(),
                rs.getBoolean("enabled"),
                rs.getString("created_by"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"),
                instant(rs, "last_run_at"),
                lastRunId,
                lastSuccess,
                rs.getString("last_result"),
                instant(rs, "next_run_at"));
    }
}
