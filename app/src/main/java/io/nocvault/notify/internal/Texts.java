package io.nocvault.notify.internal;

/** How notify input is cleaned: text trimmed, blank means absent; phone numbers lose their separators. */
final class Texts {

    private Texts() {}

    /** {@code value} trimmed, or null when it is null or blank. */
    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    /** A phone number without spaces, dashes, dots, slashes and brackets, or null when nothing is left. */
    static String phone(String value) {
        return value == null ? null : clean(value.replaceAll("[\\s().\\-/]", ""));
    }
}
