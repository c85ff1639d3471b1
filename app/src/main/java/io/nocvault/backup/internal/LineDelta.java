package io.nocvault.backup.internal;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.List;

/** Lines added and removed from one text to the next (a line diff, so a changed line counts once each way). */
record LineDelta(int added, int removed) {

    static LineDelta between(String previous, String next) {
        List<String> after = next.lines().toList();
        if (previous == null) {
            return new LineDelta(after.size(), 0);
        }
        Patch<String> patch = DiffUtils.diff(previous.lines().toList(), after);
        int added = 0;
        int removed = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            added += delta.getTarget().size();
            removed += delta.getSource().size();
        }
        return new LineDelta(added, removed);
    }
}
