package io.nocvault.backup;

import java.util.Locale;

/**
 * The backup store's figures: bytes used by blobs, the quota ({@code limitBytes} 0 = none) and its warning
 * threshold in percent, the free space of the disk the store is on, and how many versions and devices it holds.
 */
public record StoreUsage(
        long usedBytes, long limitBytes, int warnPercent, long freeDiskBytes, long versions, long devices) {

    public boolean hasLimit() {
        return limitBytes > 0;
    }

    /** Used share of the limit in percent (0 without a limit). */
    public double usedPercent() {
        return hasLimit() ? usedBytes * 100.0 / limitBytes : 0;
    }

    public boolean aboveWarning() {
        return hasLimit() && usedBytes * 100 >= limitBytes * (long) warnPercent;
    }

    public boolean aboveLimit() {
        return hasLimit() && usedBytes >= limitBytes;
    }

    /** Bytes as text with a binary unit, e.g. {@code 1.5 MiB}. */
    public static String human(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
