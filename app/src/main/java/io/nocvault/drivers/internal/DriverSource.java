package io.nocvault.drivers.internal;

import java.util.Map;

/** A driver before resolution: its identity and its own YAML body (without key, name and extends). */
public record DriverSource(DriverIdentity id, Map<String, Object> body) {}
