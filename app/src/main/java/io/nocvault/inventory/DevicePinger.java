package io.nocvault.inventory;

import java.util.Collection;

/**
 * Ping tests: {@code fping} when installed, else a Java fallback. Updates each device's reachability and last seen
 * time and publishes {@link DeviceReachabilityChanged} for a device whose state changed.
 */
public interface DevicePinger {

    /** Pings the given visible devices now and answers how many answered. */
    PingReport ping(Collection<Long> deviceIds);

    /** Pings every enabled device (the scheduled ping test; runs without a user, so unscoped). */
    PingReport pingAll();

    /** What a ping test found. */
    record PingReport(int pinged, int reachable, int changed, long millis) {}
}
