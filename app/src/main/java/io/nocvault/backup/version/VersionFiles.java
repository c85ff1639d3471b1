package io.nocvault.backup.version;

import io.nocvault.backup.BackupVersion;
import io.nocvault.compare.CompareDownloads;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** File names of downloaded versions: {@code <hostname>_<yyyyMMdd-HHmmss>_v<id>[_masked].txt}, never a path. */
public final class VersionFiles {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private VersionFiles() {}

    public static String name(BackupVersion version, String hostname, boolean masked) {
        return base(version, hostname) + (masked ? "_masked" : "") + ".txt";
    }

    public static String base(BackupVersion version, String hostname) {
        return CompareDownloads.fileName(hostname) + "_" + STAMP.format(version.firstSeen()) + "_v" + version.id();
    }

    /** A label for views and diffs: {@code core-sw1 · v12 · 2025-11-23 10:02 UTC}. */
    public static String label(BackupVersion version, String hostname) {
        return hostname + " · v" + version.id() + " · "
                + DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .withZone(ZoneOffset.UTC)
                        .format(version.firstSeen())
                + " UTC";
    }
}
