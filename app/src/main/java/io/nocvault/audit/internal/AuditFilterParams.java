package io.nocvault.audit.internal;

import io.nocvault.common.Paging;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The audit filter as the request carries it: the query parameters of the page, the API and the CSV export, all
 * text so that binding can not fail. {@link #parse()} turns them into an {@link AuditFilter} and a {@link Paging},
 * collecting one message per bad field.
 *
 * @param actor exact actor name
 * @param action action prefix, e.g. {@code user.}
 * @param nocId a NOC id
 * @param from ISO date ({@code 2026-05-01}, from the start of that day, UTC) or date-time (inclusive)
 * @param to ISO date (up to the end of that day, UTC) or date-time (exclusive)
 * @param success {@code true} or {@code false}
 * @param limit page size (clamped to 1..1000)
 * @param offset entries to skip
 */
public record AuditFilterParams(
        String actor,
        String action,
        String nocId,
        String from,
        String to,
        String success,
        String limit,
        String offset) {

    static final String DATE_MESSAGE =
            "must be an ISO date (2026-05-01) or date-time (2026-05-01T14:30:00Z, without offset meaning UTC)";

    public static AuditFilterParams none() {
        return new AuditFilterParams(null, null, null, null, null, null, null, null);
    }

    /** The filter and the page, or the field errors (field name to message) when some value is not understood. */
    public ParsedAuditFilter parse() {
        Map<String, String> errors = new LinkedHashMap<>();
        Long noc = positiveLong("nocId", nocId, errors);
        Instant fromInstant = instant("from", from, false, errors);
        Instant untilInstant = instant("to", to, true, errors);
        if (fromInstant != null && untilInstant != null && !fromInstant.isBefore(untilInstant)) {
            errors.put("to", "must be after from");
        }
        Boolean successValue = bool("success", success, errors);
        Long limitValue = whole("limit", limit, errors);
        Long offsetValue = whole("offset", offset, errors);
        AuditFilter filter = new AuditFilter(text(actor), text(action), noc, fromInstant, untilInstant, successValue);
        Paging paging = Paging.of(limitValue == null ? null : Math.clamp(limitValue, 0, Paging.MAX_LIMIT), offsetValue);
        return new ParsedAuditFilter(filter, paging, errors);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Long whole(String field, String value, Map<String, String> errors) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            errors.put(field, "must be a whole number");
            return null;
        }
    }

    private static Long positiveLong(String field, String value, Map<String, String> errors) {
        Long number = whole(field, value, errors);
        if (number != null && number <= 0) {
            errors.put(field, "must be a positive whole number");
            return null;
        }
        return number;
    }

    private static Boolean bool(String field, String value, Map<String, String> errors) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> {
                errors.put(field, "must be true or false");
                yield null;
            }
        };
    }

    /**
     * A date means the start of that day (UTC), or for an upper bound the start of the next day, so that
     * {@code to=2026-05-01} includes the whole of May 1st.
     */
    private static Instant instant(String field, String value, boolean upperBound, Map<String, String> errors) {
        String text = text(value);
        if (text == null) {
            return null;
        }
        try {
            if (!text.contains("T")) {
                LocalDate day = LocalDate.parse(text);
                return (upperBound ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            if (hasOffset(text)) {
                return OffsetDateTime.parse(text).toInstant();
            }
            return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException | ArithmeticException e) {
            errors.put(field, DATE_MESSAGE);
            return null;
        }
    }

    /** True when the time part of an ISO date-time ends in {@code Z} or a {@code +hh:mm}/{@code -hh:mm} offset. */
    private static boolean hasOffset(String dateTime) {
        String time = dateTime.substring(dateTime.indexOf('T'));
        return time.endsWith("Z") || time.endsWith("z") || time.contains("+") || time.contains("-");
    }
}
