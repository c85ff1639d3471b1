package io.nocvault.drivers.internal;

import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.CliChannel;
import io.nocvault.drivers.DeviceLogin;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.FailureKind;
import java.io.IOException;
import java.time.Duration;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What every step of one dialog shares: driver, channel, buffer, credentials, and the current step's name. */
final class DialogContext {

    private static final Logger log = LoggerFactory.getLogger(DialogContext.class);

    final Driver driver;
    final DialogIo io;
    final DeviceLogin login;
    final TailPatterns tails;
    final Redactor redactor;
    final Duration promptSettle;
    private final CliChannel channel;
    private String step = "login";

    DialogContext(Driver driver, CliChannel channel, DeviceLogin login, Duration promptSettle) {
        this.driver = driver;
        this.channel = channel;
        this.login = login == null ? new DeviceLogin(null, null, null) : login;
        this.io = new DialogIo();
        this.tails = new TailPatterns(driver);
        this.redactor = new Redactor(this.login.password(), this.login.enableSecret());
        this.promptSettle = promptSettle;
    }

    String step() {
        return step;
    }

    void step(String name) {
        step = name;
        log.debug("{}: {}", driver.key(), name);
    }

    /** Sends a line (text plus the driver's newline); a secret line is never logged or shown. */
    void sendLine(String text) {
        send(text + driver.newline());
    }

    void send(String text) {
        try {
            channel.send(text);
        } catch (IOException e) {
            throw fail(
                    FailureKind.CONNECTION_LOST,
                    "sending failed: " + e.getClass().getSimpleName());
        }
    }

    /** Sends without failing: for the logout, when the device may already have closed the channel. */
    void sendQuietly(String text) {
        try {
            channel.send(text);
        } catch (IOException | RuntimeException e) {
            log.debug("{}: logout not sent: {}", driver.key(), e.getClass().getSimpleName());
        }
    }

    /** A failure of the current step; the detail is redacted. */
    CaptureException fail(FailureKind kind, String detail) {
        return new CaptureException(kind, step, redactor.redact(detail));
    }

    /**
     * Waits for {@code probe} until the deadline, turning a timeout, a closed channel or an interrupt into the
     * failures the caller names.
     */
    <T> T await(
            Function<TerminalBuffer, T> probe,
            long deadline,
            Supplier<CaptureException> onTimeout,
            Supplier<CaptureException> onClosed) {
        try {
            return io.await(probe, deadline);
        } catch (DialogIo.WaitTimeout e) {
            throw onTimeout.get();
        } catch (DialogIo.ChannelClosed e) {
            throw onClosed.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(FailureKind.INTERRUPTED, null);
        }
    }

    /** Waits up to the prompt settle time for more data after the given data event; true when some arrived. */
    boolean moreDataWithinSettle(long sinceEvent) {
        try {
            return io.awaitData(sinceEvent, DialogIo.deadline(promptSettle));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw fail(FailureKind.INTERRUPTED, null);
        }
    }

    /** The unfinished last line, redacted and quoted, for a failure message. */
    String lastLine() {
        return "last line '" + redactor.redact(io.inspect(TerminalBuffer::tail)) + "'";
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
    }
}
