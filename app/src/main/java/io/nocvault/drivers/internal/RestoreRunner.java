package io.nocvault.drivers.internal;

import io.nocvault.drivers.Driver;
import io.nocvault.drivers.FailureKind;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Runs a driver's restore procedure: its steps, with the configuration pushed where a step says so. */
final class RestoreRunner {

    private final DialogContext ctx;
    private final CommandRunner runner;
    private final Driver.Restore restore;
    private final List<Pattern> errors;

    RestoreRunner(DialogContext ctx, CommandRunner runner) {
        this.ctx = ctx;
        this.runner = runner;
        this.restore = ctx.driver.restore();
        List<Pattern> all = new ArrayList<>(ctx.driver.errors());
        all.addAll(restore.errors());
        this.errors = List.copyOf(all);
    }

    void run(String config) {
        List<String> lines = pushedLines(config);
        for (Driver.RestoreStep step : restore.steps()) {
            if (step.config() == Driver.ConfigPush.LINES) {
                pushLines(lines);
            } else if (step.config() == Driver.ConfigPush.STREAM) {
                streamLines(lines);
            } else {
                send(step);
            }
        }
    }

    /** The configuration lines that are pushed: blank lines and lines matching a skip pattern are left out. */
    List<String> pushedLines(String config) {
        return config.lines()
                .map(String::stripTrailing)
                .filter(l -> !l.isBlank())
                .filter(l -> restore.skip().stream().noneMatch(p -> p.matcher(l).find()))
                .toList();
    }

    private void pushLines(List<String> lines) {
        List<Pattern> prompts = new ArrayList<>(ctx.tails.prompts);
        prompts.add(ctx.tails.configMode);
        for (int i = 0; i < lines.size(); i++) {
            ctx.step("restore line " + (i + 1));
            check(runner.run(CommandSpec.setup(lines.get(i), prompts)));
        }
    }

    private void streamLines(List<String> lines) {
        ctx.step("restore: sending " + lines.size() + " lines");
        StringBuilder all = new StringBuilder();
        for (String line : lines) {
            all.append(line).append(ctx.driver.newline());
        }
        ctx.send(all.toString());
    }

    private void send(Driver.RestoreStep step) {
        ctx.step("restore '" + printable(step.send()) + "'");
        if (step.expect() == Driver.Expect.NONE && step.until() == null) {
            ctx.send(step.raw() ? step.send() : step.send() + ctx.driver.newline());
            return;
        }
        List<Pattern> prompts =
                step.expect() == Driver.Expect.CONFIG ? List.of(ctx.tails.configMode) : ctx.tails.prompts;
        check(runner.run(new CommandSpec(
                step.send(), !step.raw(), prompts, step.until(), null, null, FailureKind.CONNECTION_LOST)));
    }

    private void check(String output) {
        String error = runner.errorIn(output, errors, Integer.MAX_VALUE);
        if (error != null) {
            throw ctx.fail(FailureKind.COMMAND_REJECTED, "the device answered '" + error.strip() + "'");
        }
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < ' ' ? "^" + (char) (c + '@') : String.valueOf(c));
        }
        return out.toString();
    }
}
