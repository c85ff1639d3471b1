package io.nocvault.drivers.internal;

import io.nocvault.drivers.CaptureResult;
import io.nocvault.drivers.CliChannel;
import io.nocvault.drivers.CliDialog;
import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.FailureKind;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The dialog engine's implementation of one {@link CliDialog}. */
public final class DialogSession implements CliDialog {

    private static final Logger log = LoggerFactory.getLogger(DialogSession.class);

    private final DialogContext ctx;
    private final CommandRunner runner;
    private final Map<String, String> vars;
    private boolean used;

    public DialogSession(
            Driver driver, CliChannel channel, DeviceLogin login, Map<String, String> vars, Duration promptSettle) {
        this.ctx = new DialogContext(driver, channel, login, promptSettle);
        this.runner = new CommandRunner(ctx);
        Map<String, String> merged = new LinkedHashMap<>(driver.vars());
        merged.putAll(vars);
        this.vars = Map.copyOf(merged);
    }

    @Override
    public void onData(byte[] data, int offset, int length) {
        ctx.io.onData(data, offset, length);
    }

    @Override
    public void onData(CharSequence text) {
        ctx.io.onData(text);
    }

    @Override
    public void onClosed() {
        ctx.io.onClosed();
    }

    @Override
    public CaptureResult capture() {
        start();
        String prompt = prepare();
        CaptureResult result = captureAll(prompt);
        logout();
        return result;
    }

    @Override
    public String probe() {
        start();
        String prompt = new LoginSequence(ctx).run();
        logout();
        return prompt.strip();
    }

    @Override
    public CaptureResult restore(String config) {
        if (!ctx.driver.canRestore()) {
            throw new UnsupportedOperationException("driver " + ctx.driver.key() + " declares no restore procedure");
        }
        start();
        prepare();
        new RestoreRunner(ctx, runner).run(config);
        ctx.step("restore: prompt after restore");
        CaptureResult result = captureAll(ctx.io.inspect(TerminalBuffer::tail));
        logout();
        return result;
    }

    private synchronized void start() {
        if (used) {
            throw new IllegalStateException("a dialog runs once");
        }
        used = true;
    }

    /** Login, enable and paging off; returns the prompt commands run at. */
    private String prepare() {
        String prompt = new LoginSequence(ctx).run();
        for (String command : ctx.driver.pager().disable()) {
            ctx.step("paging off '" + command + "'");
            String output = runner.run(CommandSpec.setup(command, ctx.tails.prompts));
            String error = runner.errorIn(output, ctx.driver.errors());
            if (error != null) {
                log.info("{}: paging off '{}' rejected; the pager prompt will be answered", ctx.driver.key(), command);
            }
            prompt = ctx.io.inspect(TerminalBuffer::tail);
        }
        return prompt;
    }

    private CaptureResult captureAll(String prompt) {
        Map<String, String> sections = new LinkedHashMap<>();
        for (Driver.Capture capture : ctx.driver.captures()) {
            String command = Commands.expand(capture.command(), vars);
            ctx.step("command '" + command + "'");
            boolean config = capture.section().equals(CaptureResult.CONFIG);
            String output = runner.run(new CommandSpec(
                    command,
                    true,
                    ctx.tails.prompts,
                    null,
                    prompt,
                    config ? ctx.driver.endOfConfig() : null,
                    config ? FailureKind.TRUNCATED_CONFIG : FailureKind.CONNECTION_LOST));
            String error = runner.errorIn(output, ctx.driver.errors());
            if (error != null && capture.optional()) {
                log.debug("{}: optional section {} rejected", ctx.driver.key(), capture.section());
                continue;
            }
            if (error != null) {
                throw ctx.fail(FailureKind.COMMAND_REJECTED, "the device answered '" + error.strip() + "'");
            }
            if (config && !ctx.driver.endOfConfig().passes(output)) {
                throw ctx.fail(FailureKind.TRUNCATED_CONFIG, output.lines().count() + " lines received");
            }
            sections.put(capture.section(), output);
        }
        return new CaptureResult(ctx.driver.key(), prompt.strip(), sections);
    }

    private void logout() {
        ctx.step("logout");
        if (ctx.driver.logout() != null && !ctx.driver.logout().isEmpty()) {
            ctx.sendQuietly(ctx.driver.logout() + ctx.driver.newline());
        }
    }
}
