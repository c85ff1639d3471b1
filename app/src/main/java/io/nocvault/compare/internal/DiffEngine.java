package io.nocvault.compare.internal;

import io.nocvault.compare.ComparedText;
import io.nocvault.compare.Comparison;
import io.nocvault.compare.Comparison.Statistics;
import java.util.List;

/**
 * Compares two prepared texts line by line ({@link LineDiff} on line ids), then builds statistics, blocks with
 * context and the unified diff.
 */
public final class DiffEngine {

    private DiffEngine() {}

    /** The comparison of two texts exactly as given, with this many context lines. */
    public static Comparison compare(ComparedText from, ComparedText to, int context) {
        TextLines oldLines = TextLines.of(from.text());
        TextLines newLines = TextLines.of(to.text());
        LineIds ids = new LineIds(oldLines.size() + newLines.size());
        int[] a = ids.of(oldLines);
        int[] b = ids.of(newLines);
        EditFlags flags = LineDiff.diff(a, b, ids.count(), context);
        List<Change> changes = Change.of(flags);
        BlockBuilder blocks = BlockBuilder.build(oldLines, newLines, changes, context);
        return new Comparison(
                from.label(),
                to.label(),
                context,
                statistics(oldLines.size(), newLines.size(), changes),
                blocks.blocks(),
                blocks.trailing(),
                UnifiedWriter.write(from.label(), to.label(), blocks.blocks()));
    }

    static Statistics statistics(int fromLines, int toLines, List<Change> changes) {
        int added = 0;
        int removed = 0;
        int changed = 0;
        for (Change change : changes) {
            changed += change.paired();
            removed += change.removed() - change.paired();
            added += change.added() - change.paired();
        }
        int unchanged = fromLines - removed - changed;
        int total = fromLines + toLines;
        double similarity = total == 0 ? 1.0 : 2.0 * unchanged / total;
        return new Statistics(fromLines, toLines, added, removed, changed, unchanged, similarity);
    }
}
