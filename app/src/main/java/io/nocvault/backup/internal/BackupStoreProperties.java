package io.nocvault.backup.internal;

import io.nocvault.backup.KeepWithin;
import io.nocvault.backup.RetentionPolicy;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/** {@code nocvault.backup.*}: the store, retention default, quota and integrity scrub. */
@ConfigurationProperties("nocvault.backup")
record BackupStoreProperties(
        @DefaultValue Store store,
        @DefaultValue Retention retention,
        @DefaultValue Quota quota,
        @DefaultValue Scrub scrub) {

    /**
     * @param compressionLevel zstd level (1..19)
     * @param maxChainDepth a blob compressed against a dictionary blob adds one to its chain; at this depth the next
     *     version is stored standalone, so a read decodes at most this many + 1 blobs
     * @param orphanGrace blobs without a row (a crash between writing the blob and committing the row) are
     *     removed by the nightly maintenance once they are this old
     */
    record Store(
            @DefaultValue("9") int compressionLevel,
            @DefaultValue("32") int maxChainDepth,
            @DefaultValue("1h") Duration orphanGrace) {}

    /** The global default policy (counts: 0 = off, -1 = unlimited), its calendar zone and nightly schedule. */
    record Retention(
            @DefaultValue("10") int keepLast,
            @DefaultValue("0") int keepHourly,
            @DefaultValue("30") int keepDaily,
            @DefaultValue("8") int keepWeekly,
            @DefaultValue("12") int keepMonthly,
            @DefaultValue("5") int keepYearly,
            @DefaultValue("") String keepWithin,
            ZoneId zone,
            @DefaultValue("0 0 3 * * *") String cron) {

        RetentionPolicy policy() {
            return new RetentionPolicy(
                    keepLast, keepHourly, keepDaily, keepWeekly, keepMonthly, keepYearly, KeepWithin.parse(keepWithin));
        }

        ZoneId zoneOrDefault() {
            return zone == null ? ZoneId.systemDefault() : zone;
        }
    }

    /** @param limit bytes (or 10GB, 500MB…), 0 = no quota; @param warnAt percent of the limit that warns */
    record Quota(
            @DefaultValue("0") DataSize limit,
            @DefaultValue("80") int warnAt) {}

    /** @param share the part of all versions the nightly scrub verifies (0.1 = every version every 10 nights) */
    record Scrub(
            @DefaultValue("0 30 3 * * *") String cron,
            @DefaultValue("0.1") double share) {}
}
