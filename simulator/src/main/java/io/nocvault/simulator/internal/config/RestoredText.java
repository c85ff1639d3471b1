package io.nocvault.simulator.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * The text a device shows after config lines were pushed without its comment and header lines, as restore tools
 * push them (a Cisco-style device regenerates its {@code !} separators and header itself): the pushed lines in
 * their order, with the current text's header block and comment lines kept where they stood among the lines around
 * them (a comment line repeated once its section is gone is kept once). A line of the current text that the push does
 * not carry is dropped; pushed lines that are new come in where they were pushed, the last ones after the last line
 * the current text had too.
 */
final class RestoredText {

    /** How far ahead in the pushed lines a current line is looked for. */
    private static final int WINDOW = 200;

    private RestoredText() {}

    /** Whether {@code pushed} is a whole text with its own comment lines (then it is taken as it is). */
    static boolean carriesComments(List<String> pushed) {
        return pushed.stream().anyMatch(RestoredText::isComment);
    }

    /**
     * @param header whether a line of the current text (with its index) belongs to the platform's header; the
     *     leading run of header, blank and comment lines stays as it is
     */
    static List<String> merge(List<String> current, List<String> pushed, BiPredicate<String, Integer> header) {
        List<String> out = new ArrayList<>(current.size() + pushed.size());
        int start = 0;
        while (start < current.size() && keptAside(current.get(start), start, header)) {
            out.add(current.get(start++));
        }
        int next = 0;
        int insertAt = out.size();
        for (String line : current.subList(start, current.size())) {
            if (isComment(line) || line.isBlank()) {
                if (!line.equals(out.isEmpty() ? null : out.getLast())) {
                    out.add(line);
                }
                continue;
            }
            int found = indexOf(pushed, line, next);
            if (found >= 0) {
                out.addAll(pushed.subList(next, found + 1));
                next = found + 1;
                insertAt = out.size();
            }
        }
        out.addAll(insertAt, pushed.subList(next, pushed.size()));
        return out;
    }

    private static boolean keptAside(String line, int index, BiPredicate<String, Integer> header) {
        return line.isBlank() || isComment(line) || header.test(line, index);
    }

    private static int indexOf(List<String> lines, String line, int from) {
        int to = Math.min(lines.size(), from + WINDOW);
        for (int i = from; i < to; i++) {
            if (lines.get(i).equals(line)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isComment(String line) {
        return line.startsWith("!") || line.startsWith("#");
    }
}
