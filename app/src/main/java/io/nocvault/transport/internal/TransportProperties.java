package io.nocvault.transport.internal;

import io.nocvault.transport.TransportTimeouts;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The global transport settings ({@code nocvault.transport.*}); device types and devices may override each timeout
 * (see {@link TransportTimeouts#resolve}).
 *
 * @param connectTimeout DNS lookup and TCP connect
 * @param loginTimeout each login step: SSH handshake, authentication, shell, then the CLI up to the prompt
 * @param commandTimeout from sending a command to the prompt after its output
 */
@ConfigurationProperties("nocvault.transport")
public record TransportProperties(
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration loginTimeout,
        @DefaultValue("60s") Duration commandTimeout) {

    /** The global timeouts; fails at start when one is not positive. */
    public TransportTimeouts timeouts() {
        return new TransportTimeouts(connectTimeout, loginTimeout, commandTimeout);
    }
}
