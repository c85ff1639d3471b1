package io.nocvault.simulator.internal.config;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The moment of one config read: a clock that moves forward by at least one second per read (so every timestamp
 * line differs between two reads, even within the same second) and the read's sequence number.
 */
public record ReadStamp(ZonedDateTime time, long counter) {

    private static final DateTimeFormatter IOS = pattern("HH:mm:ss 'UTC' EEE MMM d yyyy");
    private static final DateTimeFormatter IOS_MILLIS = pattern("HH:mm:ss.SSS 'UTC' EEE MMM d yyyy");
    private static final DateTimeFormatter CTIME = pattern("EEE MMM d HH:mm:ss yyyy");
    private static final DateTimeFormatter XR = pattern("EEE MMM d HH:mm:ss.SSS 'UTC'");
    private static final DateTimeFormatter ISO = pattern("yyyy-MM-dd HH:mm:ss");

    private static DateTimeFormatter pattern(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.US);
    }

    /** The stamp following {@code previousMillis}: now, or one second after the previous read if that is later. */
    public static ReadStamp next(long previousMillis, long counter) {
        long now = System.currentTimeMillis();
        long millis = Math.max(now, previousMillis + 1000);
        return new ReadStamp(ZonedDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC), counter);
    }

    public long epochMillis() {
        return time.toInstant().toEpochMilli();
    }

    /** {@code 10:00:00 UTC Mon Nov 23 2026}. */
    public String ios() {
        return IOS.format(time);
    }

    /** {@code 10:00:00.123 UTC Mon Nov 23 2026}. */
    public String iosMillis() {
        return IOS_MILLIS.format(time);
    }

    /** {@code Mon Nov 23 10:00:00 2026}. */
    public String ctime() {
        return CTIME.format(time);
    }

    /** {@code Mon Nov 23 10:00:00.123 UTC}. */
    public String xr() {
        return XR.format(time);
    }

    /** {@code 2026-11-23 10:00:00}. */
    public String iso() {
        return ISO.format(time);
    }
}
