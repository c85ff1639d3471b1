package io.nocvault.inventory.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Ping tests ({@code nocvault.inventory.ping.*}).
 *
 * @param method {@code auto} (fping when it is on the PATH, else TCP), {@code fping} (ICMP echo via fping) or
 *     {@code tcp} (a TCP connect to the device's SSH port: an answer, even a refusal, is not enough; the port must
 *     accept)
 * @param timeout how long one probe waits for an answer
 * @param retries further attempts after a probe that got no answer (fping's {@code -r})
 * @param fping the fping executable: a name looked up on the PATH or an absolute path
 * @param concurrency TCP probes in flight at once
 */
@ConfigurationProperties("nocvault.inventory.ping")
record PingProperties(
        @DefaultValue("auto") String method,
        @DefaultValue("1s") Duration timeout,
        @DefaultValue("1") int retries,
        @DefaultValue("fping") String fping,
        @DefaultValue("256") int concurrency) {}
