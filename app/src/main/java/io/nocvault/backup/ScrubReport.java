package io.nocvault.backup;

import java.util.List;

/** The outcome of a scrub pass: versions checked, found intact, and the ids of those found corrupt. */
public record ScrubReport(int checked, int ok, List<Long> corruptVersionIds) {

    public ScrubReport {
        corruptVersionIds = List.copyOf(corruptVersionIds);
    }

    public int corrupt() {
        return corruptVersionIds.size();
    }
}
