package io.nocvault.drivers.internal;

/** Finds where a command's output starts: after the line that echoes the command. */
final class Echo {

    /** How far into the output the echo is looked for before giving up and taking the first line as echo. */
    static final int SEARCH_LIMIT = 4096;

    private Echo() {}

    /**
     * The index just after the echo line of {@code command} in {@code text}, or -1 while it is not complete. A
     * device may wrap a long echo, so line ends inside the echo are skipped. With no echo in the first {@value
     * #SEARCH_LIMIT} characters, the first line counts as the echo.
     */
    static int outputStart(CharSequence text, String command) {
        String wanted = command.strip();
        int limit = Math.min(text.length(), SEARCH_LIMIT);
        int end = wanted.isEmpty() ? 0 : find(text, limit, wanted);
        if (end < 0) {
            return text.length() > SEARCH_LIMIT ? lineEnd(text, 0) : -1;
        }
        return lineEnd(text, end);
    }

    private static int find(CharSequence text, int limit, String wanted) {
        for (int i = 0; i < limit; i++) {
            int end = matchAt(text, i, limit, wanted);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    private static int matchAt(CharSequence text, int start, int limit, String wanted) {
        int j = 0;
        int k = start;
        while (k < limit && j < wanted.length()) {
            char c = text.charAt(k);
            if (c == '\n' && j > 0) {
                k++;
            } else if (c == wanted.charAt(j)) {
                j++;
                k++;
            } else {
                return -1;
            }
        }
        return j == wanted.length() ? k : -1;
    }

    private static int lineEnd(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return -1;
    }
}
