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
 * @param jumpKeepAlive how often a jump server session is asked whether it still answers; after three unanswered
 *     requests in a row it is closed, and the next device of its NOC opens a new one
 */
@ConfigurationProperties("nocvault.transport")
public record TransportProperties(
        @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("30s") Duration loginTimeout,
        @DefaultValue("60s") Duration commandTimeout,
        @DefaultValue("5s") Duration jumpKeepAlive) {

    public TransportProperties {
        if (jumpKeepAlive == null || jumpKeepAlive.isNegative() || jumpKeepAlive.isZero()) {
            throw new IllegalArgumentException("nocvault.transport.jump-keep-alive must be positive");
        }
    }

    /** The global timeouts; fails at start when one is not positive. */
    public TransportTimeouts timeouts() {
        return new TransportTimeouts(connectTimeout, loginTimeout, commandTimeout);
    }
}
