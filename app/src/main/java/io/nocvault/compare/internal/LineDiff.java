package io.nocvault.compare.internal;

import java.util.Arrays;

/**
 * The line diff of two texts, computed the way GNU diff computes it so that the unified output is the same:
 * the identical head and tail of both texts are set aside (except for {@code horizon} lines next to the
 * differing middle, so that changes may still slide into them), the middle is diffed with {@link MyersDiff},
 * and its runs of changes are placed by {@link BoundaryShifter}.
 */
final class LineDiff {

    private LineDiff() {}

    /**
     * @param ids one more than the largest line id
     * @param horizon identical lines given back to the middle at each end (GNU uses the context length)
     */
    static EditFlags diff(int[] a, int[] b, int ids, int horizon) {
        int n = a.length;
        int m = b.length;
        int head = 0;
        while (head < n && head < m && a[head] == b[head]) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head && a[n - 1 - tail] == b[m - 1 - tail]) {
            tail++;
        }
        int from = Math.max(0, head - horizon);
        int skippedTail = Math.max(0, tail - horizon);
        int[] middleA = Arrays.copyOfRange(a, from, n - skippedTail);
        int[] middleB = Arrays.copyOfRange(b, from, m - skippedTail);
        EditFlags middle = MyersDiff.diff(middleA, middleB, ids);
        BoundaryShifter.shift(middleA, middleB, middle);
        boolean[] removed = new boolean[n];
        boolean[] added = new boolean[m];
        System.arraycopy(middle.removed(), 0, removed, from, middleA.length);
        System.arraycopy(middle.added(), 0, added, from, middleB.length);
        return new EditFlags(removed, added);
    }
}
