package io.nocvault.inventory;

import java.time.Instant;

/** A ping test found a device in another state than before (never for the first ping of a device). */
public record DeviceReachabilityChanged(
        long deviceId,
        long nocId,
        String hostname,
        String address,
        Reachability previous,
        Reachability current,
        Instant at) {}
