package io.nocvault.transport;

import java.time.Duration;

/** How long each phase may take: TCP connect, and login (handshake, host key and authentication). */
public record TransportTimeouts(Duration connect, Duration login) {

    public static final TransportTimeouts DEFAULT =
            new TransportTimeouts(Duration.ofSeconds(10), Duration.ofSeconds(20));

    public TransportTimeouts {
        if (connect == null || connect.isNegative() || connect.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive");
        }
        if (login == null || login.isNegative() || login.isZero()) {
            throw new IllegalArgumentException("login timeout must be positive");
        }
    }
}
