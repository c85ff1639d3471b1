package io.nocvault.compare.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives equal strings the same small integer, so that a diff compares integers: the lines of both texts, or
 * the tokens of two lines. A last line without line end gets an id of its own: it differs from the same text
 * with a line end (as in GNU diff).
 */
final class LineIds {

    private final Map<String, Integer> ids;

    LineIds(int expected) {
        this.ids = new HashMap<>(Math.max(16, expected * 2));
    }

    /** How many distinct ids were given so far. */
    int count() {
        return ids.size();
    }

    int[] of(TextLines text) {
        int[] result = new int[text.size()];
        for (int i = 0; i < result.length; i++) {
            // a line never contains '\n', so this key cannot be confused with a terminated line
            result[i] = id(text.unterminated(i) ? text.line(i) + "\n" : text.line(i));
        }
        return result;
    }

    int[] of(List<String> tokens) {
        int[] result = new int[tokens.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = id(tokens.get(i));
        }
        return result;
    }

    private int id(String key) {
        Integer existing = ids.putIfAbsent(key, ids.size());
        return existing == null ? ids.size() - 1 : existing;
    }
}
