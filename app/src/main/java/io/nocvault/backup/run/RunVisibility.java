package io.nocvault.backup.run;

import io.nocvault.noc.NocScope;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which device results of runs a reader may see: all of them, or those of some NOCs. Captured on the reader's
 * thread (an SSE stream keeps it for later events).
 *
 * @param actor the reader's name: a run without devices is shown to its starter (and to unrestricted readers)
 */
record RunVisibility(boolean all, Set<Long> nocIds, String actor) {

    RunVisibility {
        nocIds = nocIds == null ? Set.of() : Set.copyOf(nocIds);
    }

    /** Every NOC the caller may see ({@link NocScope#visibleNocIds()}), for one run. */
    static RunVisibility visible(NocScope scope, String actor) {
        return scope.unrestricted()
                ? new RunVisibility(true, Set.of(), actor)
                : new RunVisibility(false, scope.visibleNocIds(), actor);
    }

    /** The NOCs lists show ({@link NocScope#listedNocIds()}: the switcher's NOC, or every visible one). */
    static RunVisibility listed(NocScope scope, String actor) {
        return scope.unrestricted() && scope.selectedNocId().isEmpty()
                ? new RunVisibility(true, Set.of(), actor)
                : new RunVisibility(false, scope.listedNocIds(), actor);
    }

    static RunVisibility everything() {
        return new RunVisibility(true, Set.of(), "system");
    }

    boolean canSee(long nocId) {
        return all || nocIds.contains(nocId);
    }

    /** An SQL condition on a NOC id column (the ids are numbers from the database: safe to concatenate). */
    String sql(String column) {
        if (all) {
            return "1 = 1";
        }
        if (nocIds.isEmpty()) {
            return "1 = 0";
        }
        return column + " in (" + nocIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(", ")) + ")";
    }
}
