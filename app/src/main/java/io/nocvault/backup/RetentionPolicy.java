package io.nocvault.backup;

import java.util.ArrayList;
import java.util.List;

/**
 * Which versions of a device to keep, with restic's {@code forget} rules. Each count keeps the newest version of
 * that many periods (hours, days, ISO weeks, months, years) that have versions, counted independently; 0 turns a
 * rule off and {@link #UNLIMITED} keeps one per period forever. A version kept by any rule stays, and the latest
 * version of a device always stays. A policy without any rule keeps everything (restic refuses such a policy).
 */
public record RetentionPolicy(
        int keepLast,
        int keepHourly,
        int keepDaily,
        int keepWeekly,
        int keepMonthly,
        int keepYearly,
        KeepWithin keepWithin) {

    /** A count meaning "every period". */
    public static final int UNLIMITED = -1;

    public RetentionPolicy {
        for (int count : new int[] {keepLast, keepHourly, keepDaily, keepWeekly, keepMonthly, keepYearly}) {
            if (count < UNLIMITED) {
                throw new IllegalArgumentException("A keep count is 0 or more, or -1 for unlimited: " + count);
            }
        }
        keepWithin = keepWithin == null ? KeepWithin.NONE : keepWithin;
    }

    /** True when no rule is set: nothing would be forgotten. */
    public boolean keepsEverything() {
        return keepLast == 0
                && keepHourly == 0
                && keepDaily == 0
                && keepWeekly == 0
                && keepMonthly == 0
                && keepYearly == 0
                && keepWithin.isNone();
    }

    /** Human-readable, e.g. {@code last 10, daily 30, within 1y}. */
    public String describe() {
        if (keepsEverything()) {
            return "keep everything";
        }
        List<String> parts = new ArrayList<>();
        add(parts, "last", keepLast);
        add(parts, "hourly", keepHourly);
        add(parts, "daily", keepDaily);
        add(parts, "weekly", keepWeekly);
        add(parts, "monthly", keepMonthly);
        add(parts, "yearly", keepYearly);
        if (!keepWithin.isNone()) {
            parts.add("within " + keepWithin);
        }
        return String.join(", ", parts);
    }

    private static void add(List<String> parts, String name, int count) {
        if (count != 0) {
            parts.add(name + " " + (count == UNLIMITED ? "unlimited" : String.valueOf(count)));
        }
    }
}
