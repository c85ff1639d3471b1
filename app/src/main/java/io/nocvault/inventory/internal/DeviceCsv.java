package io.nocvault.inventory.internal;

import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/** The CSV format of device import and export: the columns, their order and the template. */
public final class DeviceCsv {

    public static final String HOSTNAME = "hostname";
    public static final String ADDRESS = "address";
    public static final String PORT = "port";
    public static final String NOC = "noc";
    public static final String DEVICE_TYPE = "device_type";
    public static final String USERNAME = "username";
    public static final String PASSWORD = "password";
    public static final String ENABLE_SECRET = "enable_secret";
    public static final String TAGS = "tags";
    public static final String DESCRIPTION = "description";
    public static final String ENABLED = "enabled";

    /** The import columns, in template order. */
    public static final List<String> COLUMNS = List.of(
            HOSTNAME, ADDRESS, PORT, NOC, DEVICE_TYPE, USERNAME, PASSWORD, ENABLE_SECRET, TAGS, DESCRIPTION, ENABLED);

    /** Columns a file must have. */
    static final List<String> REQUIRED = List.of(HOSTNAME, ADDRESS, NOC, DEVICE_TYPE, USERNAME, PASSWORD);

    /** The export adds the state and leaves the secrets out. */
    public static final List<String> EXPORT_COLUMNS = List.of(
            HOSTNAME,
            ADDRESS,
            PORT,
            NOC,
            DEVICE_TYPE,
            USERNAME,
            TAGS,
            DESCRIPTION,
            ENABLED,
            "reachability",
            "last_seen",
            "last_backup_status",
            "last_backup_at");

    /** The command's field names as CSV columns, for error reports. */
    static final Map<String, String> FIELD_COLUMNS = Map.of(
            "nocId", NOC,
            "deviceType", DEVICE_TYPE,
            "enableSecret", ENABLE_SECRET);

    public static final CSVFormat FORMAT =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();

    static final CSVFormat READ = CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setIgnoreSurroundingSpaces(true)
            .get();

    /** The template: the header and two example rows (tags separated by {@code ;}, NOC by name or id). */
    public static final String TEMPLATE = String.join(",", COLUMNS) + "\r\n"
            + "core-sw-01,10.0.0.1,22,Main NOC,cisco_ios,backup,change-me,change-me-too,core;floor-1,"
            + "Core switch,true\r\n"
            + "edge-fw-01,fw1.example.net,22,Main NOC,fortinet_fortios,backup,change-me,,edge,,true\r\n";

    private DeviceCsv() {}

    static String column(String field) {
        return FIELD_COLUMNS.getOrDefault(field, field);
    }
}
