package io.nocvault.drivers;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Global driver defaults ({@code nocvault.drivers.*}); a driver's {@code timeouts} override the first three.
 *
 * @param connectTimeout TCP connect and SSH handshake (used by the transport)
 * @param loginTimeout from the open channel to the first prompt, including in-band login and enable
 * @param commandTimeout from sending a command to the prompt after its output
 * @param promptSettle how long the engine waits for more output when something that looks like a prompt is not
 *     the prompt it learned, or ends a config that fails its end-of-config check (a hostname inside the config)
 */
@ConfigurationProperties(prefix = "nocvault.drivers")
public record DriverProperties(
        Duration connectTimeout, Duration loginTimeout, Duration commandTimeout, Duration promptSettle) {

    public DriverProperties {
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        loginTimeout = loginTimeout == null ? Duration.ofSeconds(30) : loginTimeout;
        commandTimeout = commandTimeout == null ? Duration.ofSeconds(60) : commandTimeout;
        promptSettle = promptSettle == null ? Duration.ofMillis(500) : promptSettle;
    }

    /** The defaults, as when nothing is configured. */
    public static DriverProperties defaults() {
        return new DriverProperties(null, null, null, null);
    }

    /** The default timeouts as a driver's {@link Driver.Timeouts}. */
    public Driver.Timeouts timeouts() {
        return new Driver.Timeouts(connectTimeout, loginTimeout, commandTimeout);
    }
}
