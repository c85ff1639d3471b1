package io.nocvault.inventory.internal;

import java.util.Arrays;

/** Line numbers of character positions in a text (first line 1), for import reports. */
final class Lines {

    private final int[] breaks;
    private int count;
    private long lastLine = 1;

    Lines(String text) {
        int[] found = new int[Math.max(16, text.length() / 40)];
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                if (count == found.length) {
                    found = Arrays.copyOf(found, found.length * 2);
                }
                found[count++] = i;
            }
        }
        this.breaks = found;
    }

    /** The line of the character at {@code position}. */
    long at(long position) {
        int index = Arrays.binarySearch(breaks, 0, count, (int) position);
        long line = (index >= 0 ? index : -index - 1) + 1L;
        lastLine = line;
        return line;
    }

    /** The line of the last position asked for. */
    long lastLine() {
        return lastLine;
    }
}
