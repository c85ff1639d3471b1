package io.nocvault.compare.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into lines. {@code \r\n}, {@code \r} and {@code \n} each end a line (as the drivers' normalizer
 * reads them), so line-end style alone is never a difference; a last line without any line end is remembered,
 * because GNU diff reports it.
 *
 * @param lines the lines, without line ends
 * @param lastLineUnterminated the text does not end with a line end
 */
record TextLines(List<String> lines, boolean lastLineUnterminated) {

    static TextLines of(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        boolean unterminated = start < length;
        if (unterminated) {
            lines.add(text.substring(start));
        }
        return new TextLines(lines, unterminated);
    }

    int size() {
        return lines.size();
    }

    String line(int index) {
        return lines.get(index);
    }

    /** Whether the line at this index is the last one and has no line end. */
    boolean unterminated(int index) {
        return lastLineUnterminated && index == lines.size() - 1;
    }
}
