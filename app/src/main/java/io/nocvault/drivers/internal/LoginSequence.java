package io.nocvault.drivers.internal;

import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.FailureKind;
import java.util.List;
import java.util.regex.Pattern;

/**
 * From the open channel to the prompt commands run at: skips banners and MOTD, answers "press any key" and
 * in-band login prompts when the driver declares them, then enables when the driver has an enable dialog and
 * the device is in user mode. Login and enable share the login timeout.
 */
final class LoginSequence {

    private enum Kind {
        PROMPT,
        ANY_KEY,
        USERNAME,
        PASSWORD,
        REFUSED
    }

    private record Seen(Kind kind, String tail, String line, String position) {}

    private final DialogContext ctx;
    private final long deadline;

    LoginSequence(DialogContext ctx) {
        this.ctx = ctx;
        this.deadline = DialogIo.deadline(ctx.driver.timeouts().login());
    }

    /** Runs login and enable; returns the prompt the device shows afterwards. */
    String run() {
        String prompt = firstPrompt();
        if (ctx.driver.enable() != null
                && TailPatterns.matches(ctx.tails.user, prompt)
                && !TailPatterns.matches(ctx.tails.privileged, prompt)) {
            prompt = new EnableSequence(ctx, deadline).run();
        }
        return prompt;
    }

    private String firstPrompt() {
        ctx.step("login");
        boolean passwordSent = false;
        String answered = null;
        while (true) {
            String skip = answered;
            Seen seen = ctx.await(buffer -> probe(buffer, skip), deadline, this::timeout, this::closed);
            switch (seen.kind()) {
                case PROMPT -> {
                    return seen.tail();
                }
                case REFUSED -> throw ctx.fail(FailureKind.AUTHENTICATION, "the device answered '" + seen.line() + "'");
                case ANY_KEY -> ctx.send(ctx.driver.login().pressAnyKeyAnswer());
                case USERNAME -> ctx.sendLine(ctx.login.username() == null ? "" : ctx.login.username());
                case PASSWORD -> {
                    if (passwordSent || ctx.login.password() == null) {
                        throw ctx.fail(FailureKind.AUTHENTICATION, "the device asks for the password again");
                    }
                    passwordSent = true;
                    ctx.sendLine(ctx.login.password());
                }
            }
            answered = seen.position();
        }
    }

    private Seen probe(TerminalBuffer buffer, String answered) {
        String tail = buffer.tail();
        if (TailPatterns.matchesAny(ctx.tails.prompts, tail)) {
            return new Seen(Kind.PROMPT, tail, null, null);
        }
        String failure = firstMatch(ctx.driver.login().failures(), buffer.committed(), tail);
        if (failure != null) {
            return new Seen(Kind.REFUSED, tail, failure, null);
        }
        String here = buffer.committedLength() + "|" + tail;
        if (here.equals(answered)) {
            return null;
        }
        if (TailPatterns.matches(ctx.tails.pressAnyKey, tail)) {
            return new Seen(Kind.ANY_KEY, tail, null, here);
        }
        if (TailPatterns.matches(ctx.tails.username, tail)) {
            return new Seen(Kind.USERNAME, tail, null, here);
        }
        if (TailPatterns.matches(ctx.tails.password, tail)) {
            return new Seen(Kind.PASSWORD, tail, null, here);
        }
        return null;
    }

    /** The first line (committed or the tail) that matches one of the patterns, or {@code null}. */
    static String firstMatch(List<Pattern> patterns, CharSequence committed, String tail) {
        if (patterns.isEmpty()) {
            return null;
        }
        for (String line : (committed + tail).split("\n")) {
            for (Pattern p : patterns) {
                if (p.matcher(line).find()) {
                    return line;
                }
            }
        }
        return null;
    }

    private CaptureException timeout() {
        if (ctx.io.received() == 0) {
            return ctx.fail(
                    FailureKind.TIMEOUT,
                    "no output from the device within "
                            + DialogContext.seconds(ctx.driver.timeouts().login()));
        }
        return ctx.fail(FailureKind.PROMPT_NOT_RECOGNISED, ctx.lastLine());
    }

    private CaptureException closed() {
        return ctx.fail(FailureKind.CONNECTION_LOST, "the device closed the connection before the prompt");
    }
}
