package io.nocvault.compare.internal;

import io.nocvault.compare.Comparison.Block;
import io.nocvault.compare.Comparison.Collapsed;
import io.nocvault.compare.Comparison.Kind;
import io.nocvault.compare.Comparison.Line;
import io.nocvault.compare.Comparison.Row;
import io.nocvault.compare.Comparison.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Groups the changes into blocks with context, as GNU diff groups hunks: changes separated by at most twice the
 * context of unchanged lines share a block; longer unchanged stretches are collapsed.
 */
final class BlockBuilder {

    private final TextLines from;
    private final TextLines to;
    private final int context;
    private final List<Block> blocks = new ArrayList<>();
    private int fromDone;
    private int toDone;

    private BlockBuilder(TextLines from, TextLines to, int context) {
        this.from = from;
        this.to = to;
        this.context = context;
    }

    /** The blocks of these changes. */
    static BlockBuilder build(TextLines from, TextLines to, List<Change> changes, int context) {
        BlockBuilder builder = new BlockBuilder(from, to, context);
        int first = 0;
        for (int i = 1; i <= changes.size(); i++) {
            if (i == changes.size() || gap(changes.get(i - 1), changes.get(i)) > 2L * context) {
                builder.block(changes.subList(first, i));
                first = i;
            }
        }
        return builder;
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The unchanged lines after the last block. */
    Collapsed trailing() {
        return new Collapsed(fromDone + 1, toDone + 1, from.size() - fromDone);
    }

    private static long gap(Change before, Change after) {
        return after.fromStart() - before.fromEnd();
    }

    private void block(List<Change> group) {
        Change first = group.getFirst();
        Change last = group.getLast();
        int lead = Math.min(context, first.fromStart() - fromDone);
        int trail = Math.min(context, from.size() - last.fromEnd());
        int fromStart = first.fromStart() - lead;
        int toStart = first.toStart() - lead;
        int fromEnd = last.fromEnd() + trail;
        int toEnd = last.toEnd() + trail;
        Collapsed skipped = new Collapsed(fromDone + 1, toDone + 1, fromStart - fromDone);
        List<Row> rows = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        int f = fromStart;
        int t = toStart;
        for (Change change : group) {
            equal(f, t, change.fromStart() - f, rows, lines);
            changed(change, rows, lines);
            f = change.fromEnd();
            t = change.toEnd();
        }
        equal(f, t, fromEnd - f, rows, lines);
        String header = "@@ -" + range(fromStart, fromEnd) + " +" + range(toStart, toEnd) + " @@";
        blocks.add(new Block(skipped, header, rows, lines));
        fromDone = fromEnd;
        toDone = toEnd;
    }

    /** A hunk range as GNU diff writes it: {@code start,count}, just {@code start} for one line. */
    private static String range(int start, int end) {
        int count = end - start;
        if (count == 1) {
            return Integer.toString(start + 1);
        }
        return (count == 0 ? start : start + 1) + "," + count;
    }

    private void equal(int f, int t, int count, List<Row> rows, List<Line> lines) {
        for (int k = 0; k < count; k++) {
            String text = from.line(f + k);
            boolean fromOpen = from.unterminated(f + k);
            boolean toOpen = to.unterminated(t + k);
            rows.add(new Row(
                    Kind.EQUAL, f + k + 1, text, t + k + 1, to.line(t + k), List.of(), List.of(), fromOpen, toOpen));
            lines.add(new Line(Kind.EQUAL, f + k + 1, t + k + 1, text, List.of(), fromOpen));
        }
    }

    private void changed(Change change, List<Row> rows, List<Line> lines) {
        int paired = change.paired();
        List<WordDiff.Highlights> spans = new ArrayList<>(paired);
        for (int k = 0; k < paired; k++) {
            int f = change.fromStart() + k;
            int t = change.toStart() + k;
            WordDiff.Highlights pair = WordDiff.spans(from.line(f), to.line(t));
            spans.add(pair);
            rows.add(new Row(
                    Kind.CHANGED,
                    f + 1,
                    from.line(f),
                    t + 1,
                    to.line(t),
                    pair.from(),
                    pair.to(),
                    from.unterminated(f),
                    to.unterminated(t)));
        }
        for (int f = change.fromStart() + paired; f < change.fromEnd(); f++) {
            rows.add(new Row(
                    Kind.REMOVED, f + 1, from.line(f), null, null, List.of(), List.of(), from.unterminated(f), false));
        }
        for (int t = change.toStart() + paired; t < change.toEnd(); t++) {
            rows.add(new Row(
                    Kind.ADDED, null, null, t + 1, to.line(t), List.of(), List.of(), false, to.unterminated(t)));
        }
        for (int f = change.fromStart(); f < change.fromEnd(); f++) {
            int k = f - change.fromStart();
            List<Span> lineSpans = k < paired ? spans.get(k).from() : List.of();
            lines.add(new Line(Kind.REMOVED, f + 1, null, from.line(f), lineSpans, from.unterminated(f)));
        }
        for (int t = change.toStart(); t < change.toEnd(); t++) {
            int k = t - change.toStart();
            List<Span> lineSpans = k < paired ? spans.get(k).to() : List.of();
            lines.add(new Line(Kind.ADDED, null, t + 1, to.line(t), lineSpans, to.unterminated(t)));
        }
    }
}
