package io.nocvault.backup.internal;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.IntegrityStatus;
import io.nocvault.backup.VersionFilter;
import io.nocvault.backup.VersionPage;
import io.nocvault.common.Paging;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Version lists: filtered and paged within a NOC scope condition, and the scrub's rotation order. */
@Component
class VersionListing {

    private final JdbcClient jdbc;

    VersionListing(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code scopeCondition} comes from {@code NocScope.listedSqlCondition("v.noc_id")}. */
    VersionPage page(VersionFilter filter, Paging paging, String scopeCondition) {
        List<String> where = new ArrayList<>(List.of(scopeCondition));
        Map<String, Object> params = new LinkedHashMap<>();
        if (filter.deviceId() != null) {
            where.add("v.device_id = :device");
            params.put("device", filter.deviceId());
        }
        if (filter.nocId() != null) {
            where.add("v.noc_id = :noc");
            params.put("noc", filter.nocId());
        }
        if (filter.from() != null) {
            where.add("v.first_seen >= :from");
            params.put("from", Timestamps.param(filter.from()));
        }
        if (filter.to() != null) {
            where.add("v.first_seen < :to");
            params.put("to", Timestamps.param(filter.to()));
        }
        if (filter.integrity() != null) {
            where.add("v.integrity = :integrity");
            params.put("integrity", filter.integrity().name());
        }
        String condition = " where " + String.join(" and ", where);
        long count = jdbc.sql("select count(*) from backup_versions v" + condition)
                .params(params)
                .query(Long.class)
                .single();
        List<BackupVersion> results = jdbc.sql("select " + VersionRows.COLUMNS + " from backup_versions v" + condition
                        + VersionRows.NEWEST_FIRST + " limit :limit offset :offset")
                .params(params)
                .param("limit", paging.limit())
                .param("offset", paging.offset())
                .query(VersionRows::map)
                .list();
        return new VersionPage(count, results);
    }

    /** Up to {@code limit} versions in scrub order: never checked first, then the longest ago. */
    List<BackupVersion> dueForScrub(int limit, boolean includeCorrupt) {
        String integrity = includeCorrupt ? "" : " where v.integrity = '" + IntegrityStatus.OK.name() + "'";
        return jdbc.sql("select " + VersionRows.COLUMNS + " from backup_versions v" + integrity
                        + " order by case when v.checked_at is null then 0 else 1 end, v.checked_at, v.id"
                        + " limit :limit")
                .param("limit", limit)
                .query(VersionRows::map)
                .list();
    }

    /** The next {@code limit} versions after {@code afterId}, in id order (a full scrub walks them all). */
    List<BackupVersion> batchAfter(long afterId, int limit) {
        return jdbc.sql("select " + VersionRows.COLUMNS + " from backup_versions v where v.id > :after order by v.id"
                        + " limit :limit")
                .param("after", afterId)
                .param("limit", limit)
                .query(VersionRows::map)
                .list();
    }

    long countScrubbable(boolean includeCorrupt) {
        String integrity = includeCorrupt ? "" : " where integrity = '" + IntegrityStatus.OK.name() + "'";
        return jdbc.sql("select count(*) from backup_versions" + integrity)
                .query(Long.class)
                .single();
    }
}
