package io.nocvault.simulator.internal.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The text a device shows after config lines were pushed without its comment and header lines, as restore tools
 * push them (a Cisco-style device regenerates its {@code !} separators and header itself): the pushed lines in
 * their order, with the current text's header block and comment lines kept where they stood among the lines around
 * them. A line of the current text that the push does not carry is dropped; pushed lines that are new come in where
 * they were pushed.
 */
final class RestoredText {

    /** How far ahead in the pushed lines a current line is looked for. */
    private static final int WINDOW = 200;

    private RestoredText() {}

    /** Whether {@code pushed} is a whole text with its own comment lines (then it is taken as it is). */
    static boolean carriesComments(List<String> pushed) {
        return pushed.stream().anyMatch(RestoredText::isComment);
    }

    static List<String> merge(List<String> current, List<String> pushed) {
        Set<String> pushedLines = new HashSet<>(pushed);
        List<String> out = new ArrayList<>(current.size() + pushed.size());
        int next = 0;
        boolean inHeader = true;
        for (String line : current) {
            inHeader &= !pushedLines.contains(line);
            if (isComment(line) || line.isBlank() || inHeader) {
                out.add(line);
                continue;
            }
            int found = indexOf(pushed, line, next);
            if (found >= 0) {
                out.addAll(pushed.subList(next, found + 1));
                next = found + 1;
            }
        }
        out.addAll(pushed.subList(next, pushed.size()));
        return out;
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
