package io.nocvault.compare;

import java.util.Objects;

/**
 * One side of a comparison.
 *
 * @param label what the side is called in headers, file names and the view (e.g. {@code "core-sw1 · v12 ·
 *     2025-11-23 10:02"}); line breaks in it are replaced by spaces
 * @param text the configuration text; {@code \r\n}, {@code \r} and {@code \n} all end a line
 */
public record ComparedText(String label, String text) {

    public ComparedText {
        label = label == null ? "" : label.replaceAll("[\\r\\n]+", " ");
        Objects.requireNonNull(text, "text");
    }
}
