package io.nocvault.simulator.internal.cli;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line behaviour of one platform: banner, prompt, pager text and commands. Subclasses register their
 * commands with {@link #on} and {@link #onPrefix}; anything else gets the platform's error text.
 */
public abstract class PlatformCli {

    /** Handles one command line (already trimmed, inner whitespace collapsed). */
    @FunctionalInterface
    protected interface Handler {
        void run(CliContext c, String line);
    }

    private final Map<String, Handler> exact = new HashMap<>();
    private final Map<String, Handler> prefixes = new LinkedHashMap<>();

    /** Lines shown after login, before the first prompt. */
    public List<String> banner(CliContext c) {
        return List.of();
    }

    /** Whether the banner ends in "Press any key to continue", to be answered before the first prompt. */
    public boolean pressAnyKey() {
        return false;
    }

    public abstract String prompt(CliContext c);

    /** The pager prompt, or {@code null} when the platform never pages. */
    public abstract String pagerText();

    /** The error lines for a command the platform does not know. */
    protected abstract List<String> unknown(CliContext c, String line);

    /** Called for a control character (Ctrl-D, Ctrl-Z) typed while {@code partial} was on the line. */
    public boolean control(CliContext c, char ch, String partial) {
        return false;
    }

    /** Handles one line typed at the prompt ({@code raw} as typed, without the line end). */
    public void execute(CliContext c, String raw) {
        String line = raw.strip().replaceAll("\\s+", " ");
        if (line.isEmpty()) {
            c.reply();
            return;
        }
        Handler handler = exact.get(line);
        if (handler == null) {
            for (Map.Entry<String, Handler> e : prefixes.entrySet()) {
                if (line.startsWith(e.getKey())) {
                    handler = e.getValue();
                    break;
                }
            }
        }
        if (handler == null) {
            c.reply(unknown(c, line));
        } else {
            handler.run(c, line);
        }
    }

    protected final void on(Handler handler, String... commands) {
        for (String command : commands) {
            exact.put(command, handler);
        }
    }

    protected final void onPrefix(String prefix, Handler handler) {
        prefixes.put(prefix, handler);
    }

    /** A caret line pointing at column {@code column} of the input after a prompt of {@code promptWidth}. */
    protected static String caret(int promptWidth, int column) {
        return " ".repeat(Math.max(0, promptWidth + column)) + "^";
    }

    /** The printable width of the last line of a prompt. */
    protected static int width(String prompt) {
        int nl = prompt.lastIndexOf('\n');
        return prompt.length() - nl - 1;
    }
}
