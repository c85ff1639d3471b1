package io.nocvault.drivers.internal;

import io.nocvault.drivers.FailureKind;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends one command and collects its output: waits for the echo line, answers pager prompts, and ends at a
 * prompt on the unfinished last line. What lies between the echo line and the prompt is the output.
 */
final class CommandRunner {

    /** How many non-blank lines at the start of an output are checked against the error patterns. */
    static final int ERROR_LINES = 5;

    private final DialogContext ctx;

    CommandRunner(DialogContext ctx) {
        this.ctx = ctx;
    }

    private record Seen(boolean pager, String output, String prompt, long event) {}

    /** Runs the command and returns its output (lines ending in {@code \n}). */
    String run(CommandSpec spec) {
        ctx.io.inspect(b -> {
            b.discardCommitted();
            return null;
        });
        ctx.send(spec.line() ? spec.text() + ctx.driver.newline() : spec.text());
        long deadline = DialogIo.deadline(ctx.driver.timeouts().command());
        int[] start = {-1};
        while (true) {
            Seen seen = ctx.await(
                    buffer -> probe(buffer, spec, start),
                    deadline,
                    () -> ctx.fail(
                            FailureKind.TIMEOUT,
                            "no prompt within "
                                    + DialogContext.seconds(
                                            ctx.driver.timeouts().command()) + ", " + ctx.lastLine()),
                    () -> ctx.fail(spec.onClose(), "the device closed the connection"));
            if (seen.pager()) {
                ctx.send(ctx.driver.pager().answer());
            } else if (!needsSettle(spec, seen) || !ctx.moreDataWithinSettle(seen.event())) {
                return seen.output();
            }
        }
    }

    /** The first error line among the first {@value #ERROR_LINES} non-blank lines of an output, or {@code null}. */
    String errorIn(String output, List<Pattern> errors) {
        return errorIn(output, errors, ERROR_LINES);
    }

    /** The first error line among the first {@code lines} non-blank lines of an output, or {@code null}. */
    String errorIn(String output, List<Pattern> errors, int lines) {
        return output.lines()
                .filter(l -> !l.isBlank())
                .limit(lines)
                .filter(l -> errors.stream().anyMatch(p -> p.matcher(l).find()))
                .findFirst()
                .orElse(null);
    }

    private Seen probe(TerminalBuffer buffer, CommandSpec spec, int[] start) {
        String tail = buffer.tail();
        if (TailPatterns.matches(ctx.tails.pager, tail)) {
            Matcher m = ctx.tails.pager.matcher(tail);
            m.find();
            buffer.erasePager(m.start());
            return new Seen(true, null, null, buffer.appends());
        }
        CharSequence text = buffer.committed();
        if (start[0] < 0) {
            start[0] = spec.line() ? Echo.outputStart(text, spec.text()) : 0;
            if (start[0] < 0) {
                return null;
            }
        }
        if (spec.until() != null) {
            return untilSeen(text, start[0], spec.until(), buffer.appends());
        }
        boolean lineEnded = spec.line() || text.length() > 0;
        if (lineEnded && TailPatterns.matchesAny(spec.prompts(), tail)) {
            return new Seen(false, text.subSequence(start[0], text.length()).toString(), tail, buffer.appends());
        }
        return null;
    }

    private static Seen untilSeen(CharSequence text, int from, Pattern until, long event) {
        String output = text.subSequence(from, text.length()).toString();
        boolean found = output.lines().anyMatch(l -> until.matcher(l).find());
        return found ? new Seen(false, output, null, event) : null;
    }

    private static boolean needsSettle(CommandSpec spec, Seen seen) {
        if (seen.prompt() == null) {
            return false;
        }
        boolean strangePrompt =
                spec.learnedPrompt() != null && !spec.learnedPrompt().equals(seen.prompt());
        boolean incomplete = spec.endCheck() != null && !spec.endCheck().passes(seen.output());
        return strangePrompt || incomplete;
    }
}
