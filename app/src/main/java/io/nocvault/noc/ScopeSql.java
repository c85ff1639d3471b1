package io.nocvault.noc;

import java.util.regex.Pattern;

/** The column references {@link NocScope#listedSqlCondition(String)} accepts: {@code noc_id} or {@code d.noc_id}. */
final class ScopeSql {

    private static final Pattern COLUMN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private ScopeSql() {}

    static boolean isColumnName(String column) {
        return column != null && COLUMN.matcher(column).matches();
    }
}
