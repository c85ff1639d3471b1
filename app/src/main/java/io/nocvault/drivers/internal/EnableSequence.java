package io.nocvault.drivers.internal;

import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.FailureKind;

/** The enable dialog: the enable command, the enable secret when asked, and the privileged prompt or a refusal. */
final class EnableSequence {

    private enum Kind {
        PRIVILEGED,
        PASSWORD,
        REFUSED
    }

    private record Seen(Kind kind, String tail) {}

    private final DialogContext ctx;
    private final long deadline;

    EnableSequence(DialogContext ctx, long deadline) {
        this.ctx = ctx;
        this.deadline = deadline;
    }

    String run() {
        ctx.step("enable");
        Seen seen = exchange(ctx.driver.enable().command());
        if (seen.kind() == Kind.PASSWORD) {
            if (ctx.login.enableSecret() == null) {
                throw ctx.fail(FailureKind.ENABLE_REFUSED, "the device asks for an enable secret and none is set");
            }
            seen = exchange(ctx.login.enableSecret());
            if (seen.kind() == Kind.PASSWORD) {
                throw ctx.fail(FailureKind.ENABLE_REFUSED, "the enable secret was not accepted");
            }
        }
        if (seen.kind() == Kind.REFUSED) {
            throw ctx.fail(FailureKind.ENABLE_REFUSED, "the device stayed in user mode, " + ctx.lastLine());
        }
        return seen.tail();
    }

    private Seen exchange(String text) {
        ctx.io.inspect(b -> {
            b.discardCommitted();
            return null;
        });
        ctx.sendLine(text);
        return ctx.await(buffer -> probe(buffer), deadline, this::timeout, this::closed);
    }

    private Seen probe(TerminalBuffer buffer) {
        if (buffer.committedLength() == 0) {
            return null;
        }
        String tail = buffer.tail();
        if (TailPatterns.matches(ctx.tails.privileged, tail)) {
            return new Seen(Kind.PRIVILEGED, tail);
        }
        if (TailPatterns.matches(ctx.tails.enablePassword, tail)) {
            return new Seen(Kind.PASSWORD, tail);
        }
        if (TailPatterns.matches(ctx.tails.user, tail)
                || LoginSequence.firstMatch(ctx.driver.enable().failures(), buffer.committed(), "") != null) {
            return new Seen(Kind.REFUSED, tail);
        }
        return null;
    }

    private CaptureException timeout() {
        return ctx.fail(
                FailureKind.TIMEOUT,
                "no privileged prompt within "
                        + DialogContext.seconds(ctx.driver.timeouts().login()) + ", " + ctx.lastLine());
    }

    private CaptureException closed() {
        return ctx.fail(FailureKind.CONNECTION_LOST, "the device closed the connection during enable");
    }
}
