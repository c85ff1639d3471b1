package io.nocvault.compare.internal;

/**
 * Puts an edit script into the canonical form that GNU diff prints. Where a run of removed (or added) lines can
 * slide over equal neighbours, any position is a valid diff; the run is slid up and down to merge with
 * neighbouring runs, then left as low as it goes, or at the lowest position where it lines up with a run of
 * changes in the other text (so a replaced line stays next to its replacement).
 */
final class BoundaryShifter {

    private final int[] ids;
    private final boolean[] changed;
    private final boolean[] otherChanged;
    private int start;
    private int end;
    /** Index in the other text of the unchanged line paired with line {@code end} (its length when none). */
    private int endPartner;

    private BoundaryShifter(int[] ids, boolean[] changed, boolean[] otherChanged) {
        this.ids = ids;
        this.changed = changed;
        this.otherChanged = otherChanged;
    }

    /** Shifts the runs of both texts in place. */
    static void shift(int[] oldIds, int[] newIds, EditFlags flags) {
        new BoundaryShifter(oldIds, flags.removed(), flags.added()).shiftRuns();
        new BoundaryShifter(newIds, flags.added(), flags.removed()).shiftRuns();
    }

    private void shiftRuns() {
        int n = ids.length;
        int i = 0;
        int partner = -1;
        while (true) {
            while (i < n && !changed[i]) {
                partner = nextUnchanged(partner + 1);
                i++;
            }
            if (i == n) {
                return;
            }
            start = i;
            end = i;
            while (end < n && changed[end]) {
                end++;
            }
            endPartner = nextUnchanged(partner + 1);
            place();
            if (end == n) {
                return;
            }
            partner = endPartner;
            i = end + 1;
        }
    }

    /** Moves the run {@code [start, end)} to its canonical place, merging it with the runs it meets. */
    private void place() {
        int length;
        int aligned;
        do {
            length = end - start;
            while (start > 0 && ids[start - 1] == ids[end - 1]) {
                moveUp();
                while (start > 0 && changed[start - 1]) {
                    start--;
                }
            }
            aligned = endPartner > 0 && otherChanged[endPartner - 1] ? end : -1;
            while (end < ids.length && ids[start] == ids[end]) {
                changed[start++] = false;
                changed[end++] = true;
                while (end < ids.length && changed[end]) {
                    end++;
                }
                int next = nextUnchanged(endPartner + 1);
                if (next > endPartner + 1) {
                    aligned = end;
                }
                endPartner = next;
            }
        } while (length != end - start);
        while (aligned >= 0 && end > aligned) {
            moveUp();
        }
    }

    private void moveUp() {
        changed[--start] = true;
        changed[--end] = false;
        endPartner--;
        while (endPartner >= 0 && otherChanged[endPartner]) {
            endPartner--;
        }
    }

    private int nextUnchanged(int from) {
        int j = from;
        while (j < otherChanged.length && otherChanged[j]) {
            j++;
        }
        return j;
    }
}
