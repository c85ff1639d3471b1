package io.nocvault.inventory.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL condition of a device list: the scope condition (from {@code NocScope}, numbers only) and the filter as
 * named parameters, on alias {@code d}.
 */
record DeviceQuery(String where, Map<String, Object> params) {

    static DeviceQuery of(String scopeCondition, DeviceFilter filter) {
        StringBuilder where = new StringBuilder(scopeCondition);
        Map<String, Object> params = new HashMap<>();
        if (filter.nocId() != null) {
            where.append(" and d.noc_id = :noc");
            params.put("noc", filter.nocId());
        }
        if (filter.deviceType() != null) {
            where.append(" and d.device_type = :type");
            params.put("type", filter.deviceType());
        }
        if (filter.tag() != null) {
            where.append(" and exists (select 1 from device_tags t where t.device_id = d.id and t.tag = :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.status() != null) {
            where.append(" and d.reachability = :status");
            params.put("status", filter.status().name());
        }
        if (filter.enabled() != null) {
            where.append(" and d.enabled = :enabled");
            params.put("enabled", filter.enabled());
        }
        if (filter.q() != null) {
            where.append(" and (d.hostname_key like :q escape '\\' or d.address_key like :q escape '\\'"
                    + " or lower(d.description) like :q escape '\\')");
            params.put("q", pattern(filter.q()));
        }
        return new DeviceQuery(where.toString(), params);
    }

    private static String pattern(String q) {
        String escaped = q.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
