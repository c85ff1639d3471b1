package io.nocvault.compare;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of comparing two texts. Line numbers are 1-based and refer to the compared (prepared) texts.
 *
 * @param fromLabel label of the old side
 * @param toLabel label of the new side
 * @param contextLines unchanged lines kept around each change
 * @param statistics line counts and similarity
 * @param blocks the changed regions with their context, in order; empty when the texts are identical
 * @param trailing unchanged lines after the last block (all lines when there is no block)
 * @param unifiedDiff the unified diff, byte for byte what GNU {@code diff -u --label from --label to} prints
 *     ({@code ""} when the texts are identical)
 */
public record Comparison(
        String fromLabel,
        String toLabel,
        int contextLines,
        Statistics statistics,
        List<Block> blocks,
        Collapsed trailing,
        String unifiedDiff) {

    public Comparison {
        blocks = List.copyOf(blocks);
    }

    /** Whether the compared texts are the same. */
    public boolean identical() {
        return blocks.isEmpty();
    }

    /**
     * Line counts. A replaced region of {@code r} old and {@code a} new lines counts {@code min(r, a)} changed
     * lines (paired side by side) and the rest as removed or added.
     *
     * @param fromLines lines of the old text
     * @param toLines lines of the new text
     * @param added new lines without an old partner
     * @param removed old lines without a new partner
     * @param changed old/new line pairs that differ
     * @param unchanged lines present in both
     * @param similarity {@code 2 * unchanged / (fromLines + toLines)}, 1.0 for two empty texts (as difflib's ratio)
     */
    public record Statistics(
            int fromLines, int toLines, int added, int removed, int changed, int unchanged, double similarity) {

        /** Similarity as a whole percentage, rounded down so that only identical texts show 100. */
        public int similarityPercent() {
            return (int) Math.floor(similarity * 100);
        }
    }

    /**
     * A changed region with its context: one hunk of the unified diff and a stretch of side-by-side rows.
     *
     * @param skipped the unchanged lines collapsed before this block
     * @param header the hunk header, e.g. {@code @@ -12,7 +12,8 @@}
     * @param rows side-by-side rows
     * @param lines unified lines
     */
    public record Block(Collapsed skipped, String header, List<Row> rows, List<Line> lines) {

        public Block {
            rows = List.copyOf(rows);
            lines = List.copyOf(lines);
        }
    }

    /**
     * Unchanged lines that are not shown.
     *
     * @param fromStart first hidden line of the old text
     * @param toStart first hidden line of the new text
     * @param count how many lines are hidden (0: none)
     */
    public record Collapsed(int fromStart, int toStart, int count) {}

    /** What a row or line is. */
    public enum Kind {
        EQUAL,
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * One side-by-side row. A side is empty ({@code null} number and text) for added and removed lines.
     *
     * @param kind what happened to the line
     * @param leftNo old line number, or {@code null}
     * @param leftText old text, or {@code null}
     * @param rightNo new line number, or {@code null}
     * @param rightText new text, or {@code null}
     * @param leftSpans the changed parts of a {@link Kind#CHANGED} old line
     * @param rightSpans the changed parts of a {@link Kind#CHANGED} new line
     * @param leftNoNewline the old line is the last one and has no line end
     * @param rightNoNewline the new line is the last one and has no line end
     */
    public record Row(
            Kind kind,
            Integer leftNo,
            String leftText,
            Integer rightNo,
            String rightText,
            List<Span> leftSpans,
            List<Span> rightSpans,
            boolean leftNoNewline,
            boolean rightNoNewline) {

        public Row {
            leftSpans = List.copyOf(leftSpans);
            rightSpans = List.copyOf(rightSpans);
        }

        /** The old text cut into plain and highlighted parts (for templates). */
        public List<Part> leftParts() {
            return Part.of(leftText, leftSpans);
        }

        /** The new text cut into plain and highlighted parts (for templates). */
        public List<Part> rightParts() {
            return Part.of(rightText, rightSpans);
        }
    }

    /**
     * One line of the unified view.
     *
     * @param kind {@link Kind#EQUAL} (context), {@link Kind#REMOVED} or {@link Kind#ADDED}
     * @param fromNo old line number, or {@code null} for an added line
     * @param toNo new line number, or {@code null} for a removed line
     * @param text the line
     * @param spans the changed parts, when the line belongs to a changed pair
     * @param noNewline the line is the last of its text and has no line end
     */
    public record Line(Kind kind, Integer fromNo, Integer toNo, String text, List<Span> spans, boolean noNewline) {

        public Line {
            spans = List.copyOf(spans);
        }

        /** The marker of the unified diff: space, {@code -} or {@code +}. */
        public String marker() {
            return switch (kind) {
                case ADDED -> "+";
                case REMOVED -> "-";
                default -> " ";
            };
        }

        /** The text cut into plain and highlighted parts (for templates). */
        public List<Part> parts() {
            return Part.of(text, spans);
        }
    }

    /**
     * A changed stretch of a line.
     *
     * @param start first changed character (UTF-16 index)
     * @param end index after the last changed character
     */
    public record Span(int start, int end) {}

    /**
     * A piece of a line for display.
     *
     * @param text the characters
     * @param highlighted whether they changed
     */
    public record Part(String text, boolean highlighted) {

        static List<Part> of(String text, List<Span> spans) {
            if (text == null) {
                return List.of();
            }
            List<Part> parts = new ArrayList<>();
            int at = 0;
            for (Span span : spans) {
                if (span.start() > at) {
                    parts.add(new Part(text.substring(at, span.start()), false));
                }
                parts.add(new Part(text.substring(span.start(), span.end()), true));
                at = span.end();
            }
            if (at < text.length() || parts.isEmpty()) {
                parts.add(new Part(text.substring(at), false));
            }
            return parts;
        }
    }
}
