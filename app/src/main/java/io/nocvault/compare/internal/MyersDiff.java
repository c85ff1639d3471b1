package io.nocvault.compare.internal;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Myers' O(ND) difference algorithm in linear space (E. W. Myers, "An O(ND) Difference Algorithm and Its
 * Variations", 1986) over two sequences of integer ids, with two speed-ups: elements that occur in only one
 * sequence are marked changed up front (they can never be matched), and the search for a middle snake gives up
 * after {@link #COST_LIMIT} steps and splits at the furthest point it reached. The result is a shortest edit
 * script unless a single region needs more than {@code 2 * COST_LIMIT} edits.
 */
final class MyersDiff {

    /** Edit steps per middle-snake search before the search settles for a good split instead of the best one. */
    static final int COST_LIMIT = 1024;

    private final int[] a;
    private final int[] b;
    private final boolean[] changedA;
    private final boolean[] changedB;

    private MyersDiff(int[] a, int[] b) {
        this.a = a;
        this.b = b;
        this.changedA = new boolean[a.length];
        this.changedB = new boolean[b.length];
    }

    /**
     * Marks which elements of {@code a} are removed and which of {@code b} are added.
     *
     * @param ids one more than the largest id in either sequence
     */
    static EditFlags diff(int[] a, int[] b, int ids) {
        int[] inB = new int[ids];
        int[] inA = new int[ids];
        for (int id : b) {
            inB[id]++;
        }
        for (int id : a) {
            inA[id]++;
        }
        int[] keptA = kept(a, inB);
        int[] keptB = kept(b, inA);
        MyersDiff core = new MyersDiff(select(a, keptA), select(b, keptB));
        core.compare(0, keptA.length, 0, keptB.length);
        return new EditFlags(spread(core.changedA, keptA, a.length), spread(core.changedB, keptB, b.length));
    }

    /** Positions of the elements whose id also occurs in the other sequence. */
    private static int[] kept(int[] seq, int[] otherCounts) {
        int[] positions = new int[seq.length];
        int count = 0;
        for (int i = 0; i < seq.length; i++) {
            if (otherCounts[seq[i]] > 0) {
                positions[count++] = i;
            }
        }
        return Arrays.copyOf(positions, count);
    }

    private static int[] select(int[] seq, int[] positions) {
        int[] result = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            result[i] = seq[positions[i]];
        }
        return result;
    }

    /** Flags of the full sequence: unmatched elements changed, kept elements as the core diff says. */
    private static boolean[] spread(boolean[] keptChanged, int[] positions, int length) {
        boolean[] result = new boolean[length];
        Arrays.fill(result, true);
        for (int i = 0; i < positions.length; i++) {
            result[positions[i]] = keptChanged[i];
        }
        return result;
    }

    /** Divide and conquer over the region {@code a[x0, x1)} and {@code b[y0, y1)}, without recursion. */
    private void compare(int x0, int x1, int y0, int y1) {
        MiddleSearch search = new MiddleSearch();
        Deque<int[]> regions = new ArrayDeque<>();
        regions.push(new int[] {x0, x1, y0, y1});
        while (!regions.isEmpty()) {
            int[] r = regions.pop();
            int xs = r[0];
            int xe = r[1];
            int ys = r[2];
            int ye = r[3];
            while (xs < xe && ys < ye && a[xs] == b[ys]) {
                xs++;
                ys++;
            }
            while (xs < xe && ys < ye && a[xe - 1] == b[ye - 1]) {
                xe--;
                ye--;
            }
            if (xs == xe) {
                Arrays.fill(changedB, ys, ye, true);
            } else if (ys == ye) {
                Arrays.fill(changedA, xs, xe, true);
            } else {
                long split = search.split(xs, xe, ys, ye);
                if (split < 0) {
                    Arrays.fill(changedA, xs, xe, true);
                    Arrays.fill(changedB, ys, ye, true);
                    continue;
                }
                int xm = (int) (split >>> 32);
                int ym = (int) split;
                regions.push(new int[] {xm, xe, ym, ye});
                regions.push(new int[] {xs, xm, ys, ym});
            }
        }
    }

    /**
     * The search for a middle snake: a forward search from the region's top-left corner and a backward search
     * from its bottom-right corner advance one edit step at a time until they meet. Diagonals are numbered
     * {@code x - y} in whole-sequence coordinates, so one pair of arrays serves every region. Diagonals are
     * visited from the highest to the lowest and ties prefer a deletion, which makes the result match GNU diff
     * in the common cases.
     */
    private final class MiddleSearch {
        private static final int UNREACHED_BACKWARD = Integer.MAX_VALUE;

        private final int shift = b.length + 1;
        private final int[] fwd = new int[a.length + b.length + 3];
        private final int[] bwd = new int[a.length + b.length + 3];
        private int xs;
        private int xe;
        private int ys;
        private int ye;
        private int kMin;
        private int kMax;
        private int fLo;
        private int fHi;
        private int bLo;
        private int bHi;
        private boolean odd;

        /** A point on a shortest path through the region as {@code (x << 32) | y}, neither corner; -1 if none. */
        long split(int x0, int x1, int y0, int y1) {
            start(x0, x1, y0, y1);
            for (int cost = 1; ; cost++) {
                long hit = forward();
                if (hit < 0) {
                    hit = backward();
                }
                if (hit >= 0) {
                    return hit;
                }
                if (cost >= COST_LIMIT) {
                    return furthest();
                }
            }
        }

        private void start(int x0, int x1, int y0, int y1) {
            xs = x0;
            xe = x1;
            ys = y0;
            ye = y1;
            kMin = xs - ye;
            kMax = xe - ys;
            int fMid = xs - ys;
            int bMid = xe - ye;
            fLo = fMid;
            fHi = fMid;
            bLo = bMid;
            bHi = bMid;
            fwd[fMid + shift] = xs;
            bwd[bMid + shift] = xe;
            odd = ((fMid - bMid) & 1) != 0;
        }

        /** One more edit step from the start; the split point when it meets the backward search, else -1. */
        private long forward() {
            if (fLo > kMin) {
                fwd[--fLo - 1 + shift] = -1;
            } else {
                fLo++;
            }
            if (fHi < kMax) {
                fwd[++fHi + 1 + shift] = -1;
            } else {
                fHi--;
            }
            for (int k = fHi; k >= fLo; k -= 2) {
                int lo = fwd[k - 1 + shift];
                int hi = fwd[k + 1 + shift];
                int x = lo >= hi ? lo + 1 : hi;
                int y = x - k;
                if (outside(x, y)) {
                    fwd[k + shift] = -1;
                    continue;
                }
                while (x < xe && y < ye && a[x] == b[y]) {
                    x++;
                    y++;
                }
                fwd[k + shift] = x;
                if (odd && bLo <= k && k <= bHi && bwd[k + shift] <= x) {
                    return ((long) x << 32) | y;
                }
            }
            return -1;
        }

        /** One more edit step from the end; the split point when it meets the forward search, else -1. */
        private long backward() {
            if (bLo > kMin) {
                bwd[--bLo - 1 + shift] = UNREACHED_BACKWARD;
            } else {
                bLo++;
            }
            if (bHi < kMax) {
                bwd[++bHi + 1 + shift] = UNREACHED_BACKWARD;
            } else {
                bHi--;
            }
            for (int k = bHi; k >= bLo; k -= 2) {
                int lo = bwd[k - 1 + shift];
                int hi = bwd[k + 1 + shift];
                int x = lo < hi ? lo : hi - 1;
                int y = x - k;
                if (outside(x, y)) {
                    bwd[k + shift] = UNREACHED_BACKWARD;
                    continue;
                }
                while (x > xs && y > ys && a[x - 1] == b[y - 1]) {
                    x--;
                    y--;
                }
                bwd[k + shift] = x;
                if (!odd && fLo <= k && k <= fHi && x <= fwd[k + shift]) {
                    return ((long) x << 32) | y;
                }
            }
            return -1;
        }

        private boolean outside(int x, int y) {
            return x < xs || x > xe || y < ys || y > ye;
        }

        /** After {@link #COST_LIMIT} steps: the point either search pushed furthest, a good if not best split. */
        private long furthest() {
            long best = -1;
            int bestProgress = 0;
            for (int k = fLo; k <= fHi; k += 2) {
                int x = fwd[k + shift];
                int progress = 2 * x - k - xs - ys;
                if (x >= 0 && x - k <= ye && progress > bestProgress && x + x - k < xe + ye) {
                    bestProgress = progress;
                    best = ((long) x << 32) | (x - k);
                }
            }
            for (int k = bLo; k <= bHi; k += 2) {
                int x = bwd[k + shift];
                int progress = xe + ye - (2 * x - k);
                if (x != UNREACHED_BACKWARD && x - k >= ys && progress > bestProgress && x + x - k > xs + ys) {
                    bestProgress = progress;
                    best = ((long) x << 32) | (x - k);
                }
            }
            return best;
        }
    }
}
