package io.nocvault.backup.version;

import io.nocvault.backup.IntegrityStatus;
import io.nocvault.backup.VersionFilter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Request parameters of version lists as text, parsed with clear 400 messages instead of errors. */
public record VersionParams(String deviceId, String nocId, String from, String to, String integrity) {

    /** The filter; {@link IllegalArgumentException} (400) naming the bad parameter. */
    public VersionFilter filter() {
        return new VersionFilter(
                id("deviceId", deviceId), id("nocId", nocId), time("from", from, false), time("to", to, true), state());
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number");
        }
    }

    /** An ISO instant ({@code 2025-07-01T02:00:00Z}) or a date (UTC; {@code to} includes the whole day). */
    static Instant time(String name, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    name + " must be a date (2025-07-01) or an instant (2025-07-01T02:00:00Z)");
        }
    }

    private IntegrityStatus state() {
        if (integrity == null || integrity.isBlank()) {
            return null;
        }
        try {
            return IntegrityStatus.valueOf(integrity.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("integrity must be OK or CORRUPT");
        }
    }
}
