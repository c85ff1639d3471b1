package io.nocvault.drivers.internal;

/** Who a driver is: key, display name, the driver it extends, and whether it is a built-in. */
public record DriverIdentity(String key, String name, String baseKey, boolean builtIn) {}
