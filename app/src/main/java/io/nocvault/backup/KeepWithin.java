package io.nocvault.backup;

import java.time.ZonedDateTime;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A restic duration for {@code keep-within}: years, months, days and hours, written like {@code 1y6m}, {@code 30d}
 * or {@code 2y5m7d3h}. It is subtracted in calendar terms (a month is a calendar month) from the time of the
 * latest version.
 */
public record KeepWithin(int years, int months, int days, int hours) {

    private static final Pattern FORMAT =
            Pattern.compile("(?:(\\d{1,4})y)?(?:(\\d{1,5})m)?(?:(\\d{1,6})d)?(?:(\\d{1,7})h)?");

    public static final KeepWithin NONE = new KeepWithin(0, 0, 0, 0);

    public KeepWithin {
        if (years < 0 || months < 0 || days < 0 || hours < 0) {
            throw new IllegalArgumentException("A keep-within duration cannot be negative");
        }
    }

    /** Parses {@code 1y6m7d3h} (every part optional, in this order); blank means {@link #NONE}. */
    public static KeepWithin parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Matcher m = FORMAT.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "Not a keep-within duration (like 30d, 1y6m or 2y5m7d3h): " + text.strip());
        }
        return new KeepWithin(part(m, 1), part(m, 2), part(m, 3), part(m, 4));
    }

    private static int part(Matcher m, int group) {
        return m.group(group) == null ? 0 : Integer.parseInt(m.group(group));
    }

    public boolean isNone() {
        return years == 0 && months == 0 && days == 0 && hours == 0;
    }

    /** The start of the window that ends at {@code latest}. */
    public ZonedDateTime before(ZonedDateTime latest) {
        return latest.minusYears(years).minusMonths(months).minusDays(days).minusHours(hours);
    }

    /** The restic notation, e.g. {@code 1y6m}; empty for {@link #NONE}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder();
        append(text, years, 'y');
        append(text, months, 'm');
        append(text, days, 'd');
        append(text, hours, 'h');
        return text.toString();
    }

    private static void append(StringBuilder text, int value, char unit) {
        if (value > 0) {
            text.append(value).append(unit);
        }
    }
}
