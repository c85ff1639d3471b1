package io.nocvault.drivers.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Removes the session's secrets from any text that may end up in an exception or a log line. */
final class Redactor {

    private static final int MAX_SHOWN = 120;

    private final List<String> secrets;

    Redactor(String... secrets) {
        this.secrets = Stream.of(secrets)
                .filter(Objects::nonNull)
                .filter(s -> !s.isBlank())
                .toList();
    }

    /** The text with every secret replaced, shortened for a message. */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (String secret : secrets) {
            result = result.replace(secret, "<removed>");
        }
        return result.length() > MAX_SHOWN ? result.substring(0, MAX_SHOWN) + "…" : result;
    }
}
