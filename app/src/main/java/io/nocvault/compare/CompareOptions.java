package io.nocvault.compare;

import java.util.function.Function;

/**
 * How two texts are compared. The normalizer (volatile lines) and then the masker (secrets) are applied to both
 * sides before diffing, so both sides are always treated alike.
 *
 * @param contextLines unchanged lines shown around each change (GNU {@code diff -U}); {@link #WHOLE_TEXT} shows
 *     every line
 * @param normalizer drops or rewrites volatile lines, {@code null} for none (see {@link ConfigComparer#options})
 * @param masker hides secrets, {@code null} for none
 */
public record CompareOptions(int contextLines, Function<String, String> normalizer, Function<String, String> masker) {

    /** The default number of context lines, as in {@code diff -u}. */
    public static final int DEFAULT_CONTEXT = 3;

    /** Context that never collapses anything: the whole text is shown. */
    public static final int WHOLE_TEXT = Integer.MAX_VALUE;

    public CompareOptions {
        if (contextLines < 0) {
            throw new IllegalArgumentException("context lines must not be negative");
        }
    }

    /** Three context lines, texts compared as they are. */
    public static CompareOptions defaults() {
        return new CompareOptions(DEFAULT_CONTEXT, null, null);
    }

    /** These options with another number of context lines. */
    public CompareOptions withContext(int lines) {
        return new CompareOptions(lines, normalizer, masker);
    }

    /** These options, volatile lines dropped by the given normalizer. */
    public CompareOptions ignoringVolatileLines(Function<String, String> volatileLines) {
        return new CompareOptions(contextLines, volatileLines, masker);
    }

    /** These options, secrets hidden by the given masker. */
    public CompareOptions maskingSecrets(Function<String, String> secrets) {
        return new CompareOptions(contextLines, normalizer, secrets);
    }

    /** Whether volatile lines are ignored. */
    public boolean ignoresVolatileLines() {
        return normalizer != null;
    }

    /** Whether secrets are masked. */
    public boolean masksSecrets() {
        return masker != null;
    }

    /** The text as it is compared: normalized, then masked. */
    String prepare(String text) {
        String result = normalizer == null ? text : normalizer.apply(text);
        return masker == null ? result : masker.apply(result);
    }
}
