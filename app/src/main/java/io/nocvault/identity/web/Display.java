package io.nocvault.identity.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How times read on identity pages. */
final class Display {

    private static final DateTimeFormatter FORMAT =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private Display() {}

    static String time(Instant instant, String otherwise) {
        return instant == null ? otherwise : FORMAT.format(instant);
    }
}
