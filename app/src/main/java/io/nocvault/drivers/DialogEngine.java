package io.nocvault.drivers;

import io.nocvault.drivers.internal.DialogSession;
import java.time.Duration;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Opens dialogs. A transport opens an interactive shell, then:
 *
 * <pre>{@code
 * CliDialog dialog = engine.open(driver, text -> shell.write(text), login);
 * reader: on bytes -> dialog.onData(buf, 0, n); on EOF -> dialog.onClosed();
 * CaptureResult result = dialog.capture();   // blocks; CaptureException on failure
 * }</pre>
 *
 * The engine never sleeps: it reacts to data events and waits on a condition with a deadline.
 */
@Component
public final class DialogEngine {

    private final Duration promptSettle;

    public DialogEngine(DriverProperties properties) {
        this.promptSettle = properties.promptSettle();
    }

    /** Opens a dialog with the driver's own variables. */
    public CliDialog open(Driver driver, CliChannel channel, DeviceLogin login) {
        return open(driver, channel, login, Map.of());
    }

    /** Opens a dialog; {@code vars} override the driver's variables (e.g. the files a Linux host captures). */
    public CliDialog open(Driver driver, CliChannel channel, DeviceLogin login, Map<String, String> vars) {
        return new DialogSession(driver, channel, login, vars, promptSettle);
    }
}
