package io.nocvault.transport.internal;

import java.util.Locale;

/**
 * Which pins a list shows, from request parameters of the page and the API alike: {@code status} ({@code PINNED}
 * or {@code CHANGED}, any case; blank: both) and {@code nocId}. Bad values throw {@link BadFieldException}.
 */
public record HostKeyFilter(String status, String nocId) {

    public HostKeyFilter {
        status = blankToNull(status);
        nocId = blankToNull(nocId);
    }

    HostKeyStatus parsedStatus() {
        if (status == null) {
            return null;
        }
        try {
            return HostKeyStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadFieldException("status", "Use PINNED or CHANGED");
        }
    }

    Long parsedNocId() {
        if (nocId == null) {
            return null;
        }
        try {
            return Long.valueOf(nocId);
        } catch (NumberFormatException e) {
            throw new BadFieldException("nocId", "Enter a NOC id (a number)");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
