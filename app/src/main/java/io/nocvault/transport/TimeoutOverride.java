package io.nocvault.transport;

import io.nocvault.drivers.Driver;
import java.time.Duration;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Timeouts that a device type or a device sets for itself; a {@code null} value is not set and falls back to the
 * next level (see {@link TransportTimeouts#resolve}).
 */
public record TimeoutOverride(Duration connect, Duration login, Duration command) {

    /** Sets nothing. */
    public static final TimeoutOverride NONE = new TimeoutOverride(null, null, null);

    public TimeoutOverride {
        for (Duration value : new Duration[] {connect, login, command}) {
            if (value != null && (value.isNegative() || value.isZero())) {
                throw new IllegalArgumentException("a timeout must be positive");
            }
        }
    }

    /**
     * The timeouts the driver (a built-in driver or a user-defined device type, with what it inherits) declares in
     * its {@code timeouts} part. The driver's {@link Driver#timeouts()} also hold defaults for what it does not
     * declare; only the declared values override the global timeouts.
     */
    public static TimeoutOverride declaredBy(Driver driver) {
        if (driver.yaml() == null || !driver.origins().containsKey("timeouts")) {
            return NONE;
        }
        Object part = new Yaml(new SafeConstructor(new LoaderOptions()))
                .<Map<String, Object>>load(driver.yaml())
                .get("timeouts");
        if (!(part instanceof Map<?, ?> declared)) {
            return NONE;
        }
        Driver.Timeouts values = driver.timeouts();
        return new TimeoutOverride(
                declared.containsKey("connect") ? values.connect() : null,
                declared.containsKey("login") ? values.login() : null,
                declared.containsKey("command") ? values.command() : null);
    }
}
