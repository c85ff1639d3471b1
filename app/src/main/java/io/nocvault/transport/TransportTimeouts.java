package io.nocvault.transport;

import io.nocvault.drivers.Driver;
import java.time.Duration;

/**
 * How long each phase of reaching a device may take, complete and effective:
 *
 * <ul>
 *   <li>{@code connect}: DNS lookup and TCP connect;
 *   <li>{@code login}: each login step, that is the SSH handshake, authentication and opening the shell, then the
 *       CLI dialog up to the (privileged) prompt, including in-band login and enable;
 *   <li>{@code command}: from sending a command to the prompt after its output.
 * </ul>
 *
 * <p>The application's global values are the bean of this type ({@code nocvault.transport.*}); a device type and a
 * device may override single values, and {@link #resolve} is the one rule that combines them.
 */
public record TransportTimeouts(Duration connect, Duration login, Duration command) {

    /** The built-in defaults: 10s connect, 30s login, 60s per command. */
    public static final TransportTimeouts DEFAULT =
            new TransportTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));

    public TransportTimeouts {
        requirePositive("connect", connect);
        requirePositive("login", login);
        requirePositive("command", command);
    }

    /** Connect and login timeouts with the default command timeout (for code that only connects). */
    public TransportTimeouts(Duration connect, Duration login) {
        this(connect, login, DEFAULT.command());
    }

    /**
     * The effective timeouts of a device: each value comes from the device's own override if it sets one, else
     * from its device type's, else from the global ones. Precedence: global &lt; device type &lt; device.
     *
     * @param global the application's timeouts (the {@code TransportTimeouts} bean)
     * @param deviceType what the device type declares, e.g. {@link TimeoutOverride#declaredBy(Driver)}; may be null
     * @param device what the device itself sets; may be null
     */
    public static TransportTimeouts resolve(
            TransportTimeouts global, TimeoutOverride deviceType, TimeoutOverride device) {
        TimeoutOverride type = deviceType == null ? TimeoutOverride.NONE : deviceType;
        TimeoutOverride own = device == null ? TimeoutOverride.NONE : device;
        return new TransportTimeouts(
                first(own.connect(), type.connect(), global.connect()),
                first(own.login(), type.login(), global.login()),
                first(own.command(), type.command(), global.command()));
    }

    /** The same values as a driver's timeouts, for the CLI dialog. */
    public Driver.Timeouts forDriver() {
        return new Driver.Timeouts(connect, login, command);
    }

    private static Duration first(Duration device, Duration type, Duration global) {
        return device != null ? device : type != null ? type : global;
    }

    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " timeout must be positive");
        }
    }
}
