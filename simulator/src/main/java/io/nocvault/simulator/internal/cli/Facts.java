package io.nocvault.simulator.internal.cli;

import io.nocvault.simulator.internal.DeviceState;
import java.time.Duration;

/** Stable per-device facts (serial number, uptime) for the facts commands. */
final class Facts {

    private Facts() {}

    /** A serial number derived from the hostname, with the given prefix. */
    static String serial(DeviceState d, String prefix) {
        int h = d.hostname().hashCode() & 0x7fffffff;
        String alnum = Integer.toString(h, 36).toUpperCase();
        return prefix + ("000000" + alnum).substring(alnum.length());
    }

    static Duration uptime(DeviceState d) {
        return Duration.ofMillis(System.currentTimeMillis() - d.bootMillis());
    }

    /** {@code 12 weeks, 3 days, 4 hours, 5 minutes}. */
    static String ciscoUptime(DeviceState d) {
        long minutes = uptime(d).toMinutes();
        return String.format(
                "%d weeks, %d days, %d hours, %d minutes",
                minutes / (7 * 24 * 60), minutes / (24 * 60) % 7, minutes / 60 % 24, minutes % 60);
    }

    /** {@code 95 days, 4:05:06}. */
    static String clockUptime(DeviceState d) {
        long s = uptime(d).toSeconds();
        return String.format("%d days, %d:%02d:%02d", s / 86400, s / 3600 % 24, s / 60 % 60, s % 60);
    }
}
