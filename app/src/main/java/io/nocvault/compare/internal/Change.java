package io.nocvault.compare.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * One changed region: old lines {@code [fromStart, fromEnd)} replaced by new lines {@code [toStart, toEnd)}
 * (0-based); either range may be empty. Between two changes the texts are equal.
 */
record Change(int fromStart, int fromEnd, int toStart, int toEnd) {

    int removed() {
        return fromEnd - fromStart;
    }

    int added() {
        return toEnd - toStart;
    }

    /** Lines paired side by side as changed. */
    int paired() {
        return Math.min(removed(), added());
    }

    /** The changed regions of an edit script, in order. */
    static List<Change> of(EditFlags flags) {
        boolean[] removed = flags.removed();
        boolean[] added = flags.added();
        List<Change> changes = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < removed.length || j < added.length) {
            if (i < removed.length && j < added.length && !removed[i] && !added[j]) {
                i++;
                j++;
                continue;
            }
            int fromStart = i;
            int toStart = j;
            while (i < removed.length && removed[i]) {
                i++;
            }
            while (j < added.length && added[j]) {
                j++;
            }
            changes.add(new Change(fromStart, i, toStart, j));
        }
        return changes;
    }
}
