package io.nocvault.backup.version;

import io.nocvault.backup.KeepWithin;
import io.nocvault.backup.RetentionPolicy;

/**
 * A retention policy in the API: counts (0 = rule off, -1 = unlimited) and {@code keepWithin} as a restic duration
 * ({@code 30d}, {@code 1y6m}); {@code description} is output only.
 */
public record PolicyJson(
        Integer keepLast,
        Integer keepHourly,
        Integer keepDaily,
        Integer keepWeekly,
        Integer keepMonthly,
        Integer keepYearly,
        String keepWithin,
        String description) {

    public static PolicyJson of(RetentionPolicy p) {
        return new PolicyJson(
                p.keepLast(),
                p.keepHourly(),
                p.keepDaily(),
                p.keepWeekly(),
                p.keepMonthly(),
                p.keepYearly(),
                p.keepWithin().toString(),
                p.describe());
    }

    /** The policy; {@link IllegalArgumentException} (400) for a bad count or duration. Missing counts are 0. */
    public RetentionPolicy policy() {
        return new RetentionPolicy(
                count(keepLast),
                count(keepHourly),
                count(keepDaily),
                count(keepWeekly),
                count(keepMonthly),
                count(keepYearly),
                KeepWithin.parse(keepWithin));
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
