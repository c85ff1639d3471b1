package io.nocvault.drivers.internal;

/**
 * What the device printed, as clean lines: ANSI escape sequences interpreted (cursor moves, erase line) or
 * dropped, backspaces applied as cursor moves with overwrite, and line ends normalised. A run of {@code \r}
 * followed by {@code \n} is one line end, a {@code \r} right after a line end is ignored ({@code \n\r}), any other
 * {@code \r} is a line end of its own. Completed lines are kept as text ending in {@code \n}; the unfinished last
 * line is the {@link #tail()} where prompts are matched. After a pager prompt is erased, the device's own erase
 * sequence ({@code \r}, spaces, backspaces) is absorbed until real text arrives. Not thread-safe: {@link
 * DialogIo} guards it.
 */
final class TerminalBuffer {

    private static final int MAX_CSI = 32;

    private enum Escape {
        NONE,
        ESC,
        CSI,
        OSC,
        OSC_ESC,
        CHARSET
    }

    private final StringBuilder committed = new StringBuilder();
    private final StringBuilder line = new StringBuilder();
    private final StringBuilder csi = new StringBuilder();
    private Escape escape = Escape.NONE;
    private int cursor;
    private boolean rewound;
    private int pendingCr;
    private boolean afterLf;
    private boolean erasing;
    private boolean pagerOwnLine;
    private long appends;

    void append(CharSequence text) {
        appends++;
        for (int i = 0; i < text.length(); i++) {
            accept(text.charAt(i));
        }
    }

    /** How many data events arrived so far (to notice new data). */
    long appends() {
        return appends;
    }

    /** Completed text: lines each ending in {@code \n}. */
    CharSequence committed() {
        return committed;
    }

    int committedLength() {
        return committed.length();
    }

    /** The unfinished last line as it shows on a terminal (empty when a line end is pending). */
    String tail() {
        if (pendingCr > 0) {
            return "";
        }
        return visible();
    }

    /** Removes the pager prompt that starts at {@code start} in the tail and absorbs the device's erase sequence. */
    void erasePager(int start) {
        line.setLength(Math.min(start, line.length()));
        cursor = line.length();
        pagerOwnLine = line.toString().isBlank();
        erasing = true;
    }

    /** Forgets the completed text (after a command's output has been taken); the tail stays. */
    void discardCommitted() {
        committed.setLength(0);
    }

    private void accept(char c) {
        if (escape != Escape.NONE) {
            acceptEscape(c);
            return;
        }
        switch (c) {
            case '\n' -> {
                pendingCr = 0;
                newline();
                afterLf = true;
            }
            case '\r' -> carriageReturn();
            case '\u001b' -> {
                flushCr();
                escape = Escape.ESC;
            }
            case '\b' -> {
                flushCr();
                moveCursor(cursor - 1);
            }
            case '\t' -> printable(c);
            default -> {
                if (c >= ' ' && c != '\u007f') {
                    printable(c);
                }
            }
        }
    }

    private void carriageReturn() {
        if (erasing) {
            moveCursor(0);
        } else if (afterLf && pendingCr == 0 && line.isEmpty()) {
            afterLf = false;
        } else {
            pendingCr++;
        }
    }

    private void printable(char c) {
        flushCr();
        afterLf = false;
        if (erasing && !Character.isWhitespace(c)) {
            erasing = false;
        }
        if (cursor < line.length()) {
            line.setCharAt(cursor, c);
        } else {
            padTo(cursor);
            line.append(c);
        }
        cursor++;
    }

    private void flushCr() {
        for (; pendingCr > 0; pendingCr--) {
            newline();
        }
    }

    private void newline() {
        if (erasing) {
            erasing = false;
            if (pagerOwnLine && line.toString().isBlank()) {
                clearLine();
                return;
            }
        }
        committed.append(visible()).append('\n');
        clearLine();
    }

    private String visible() {
        if (!rewound || cursor >= line.length()) {
            return line.toString();
        }
        return line.substring(0, cursor) + line.substring(cursor).stripTrailing();
    }

    private void clearLine() {
        line.setLength(0);
        cursor = 0;
        rewound = false;
    }

    private void moveCursor(int column) {
        cursor = Math.max(0, column);
        rewound = true;
    }

    private void padTo(int column) {
        while (line.length() < column) {
            line.append(' ');
        }
    }

    private void acceptEscape(char c) {
        switch (escape) {
            case ESC ->
                escape = switch (c) {
                    case '[' -> {
                        csi.setLength(0);
                        yield Escape.CSI;
                    }
                    case ']' -> Escape.OSC;
                    case '(', ')', '*', '+', '#', '%' -> Escape.CHARSET;
                    default -> Escape.NONE;
                };
            case CSI -> {
                if (c >= '@' && c <= '~') {
                    escape = Escape.NONE;
                    applyCsi(c);
                } else if (csi.length() < MAX_CSI) {
                    csi.append(c);
                } else {
                    escape = Escape.NONE;
                }
            }
            case OSC -> escape = c == '\u0007' ? Escape.NONE : c == '\u001b' ? Escape.OSC_ESC : Escape.OSC;
            case OSC_ESC -> escape = c == '\\' ? Escape.NONE : Escape.OSC;
            default -> escape = Escape.NONE;
        }
    }

    private void applyCsi(char command) {
        int n = firstParameter();
        switch (command) {
            case 'D' -> moveCursor(cursor - Math.max(1, n));
            case 'C' -> cursor += Math.max(1, n);
            case 'G' -> moveCursor(Math.max(1, n) - 1);
            case 'K' -> eraseInLine(n);
            default -> {
                // colours, modes and screen control do not change the text
            }
        }
    }

    private void eraseInLine(int mode) {
        if (mode == 0 && cursor < line.length()) {
            line.setLength(cursor);
        } else if (mode == 1) {
            for (int i = 0; i < Math.min(cursor, line.length()); i++) {
                line.setCharAt(i, ' ');
            }
        } else if (mode == 2) {
            clearLine();
            rewound = true;
        }
    }

    private int firstParameter() {
        int value = 0;
        for (int i = 0; i < csi.length(); i++) {
            char c = csi.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            value = Math.min(value * 10 + (c - '0'), 10_000);
        }
        return value;
    }
}
