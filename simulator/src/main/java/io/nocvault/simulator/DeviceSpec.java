package io.nocvault.simulator;

import java.util.Objects;

/**
 * One device to simulate. {@code null} credentials, enable secret and config size fall back to the simulator's
 * defaults set on {@link Simulator.Builder}.
 *
 * @param platform a key of docs/platforms.md, e.g. {@code cisco_ios}
 * @param hostname the device's hostname, shown in its prompt and inside its config
 * @param username login user name, or {@code null} for the simulator default
 * @param password login password, or {@code null} for the simulator default
 * @param enableSecret enable password, or {@code null} for the simulator default; an empty string means "no enable
 *     password" ({@code enable} then needs none)
 * @param configLines approximate size of the generated config in lines, or 0 for the simulator default
 */
public record DeviceSpec(
        String platform, String hostname, String username, String password, String enableSecret, int configLines) {

    public DeviceSpec {
        Objects.requireNonNull(platform, "platform");
        Objects.requireNonNull(hostname, "hostname");
        if (!Platforms.keys().contains(platform)) {
            throw new IllegalArgumentException("unknown platform '" + platform + "', known: " + Platforms.keys());
        }
        if (hostname.isBlank() || hostname.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException("hostname must be a single word: '" + hostname + "'");
        }
        if (configLines < 0) {
            throw new IllegalArgumentException("configLines must not be negative");
        }
    }

    /** A device with the simulator's default credentials and config size. */
    public static DeviceSpec of(String platform, String hostname) {
        return new DeviceSpec(platform, hostname, null, null, null, 0);
    }

    public DeviceSpec withCredentials(String newUsername, String newPassword) {
        return new DeviceSpec(platform, hostname, newUsername, newPassword, enableSecret, configLines);
    }

    public DeviceSpec withEnableSecret(String secret) {
        return new DeviceSpec(platform, hostname, username, password, secret, configLines);
    }

    public DeviceSpec withConfigLines(int lines) {
        return new DeviceSpec(platform, hostname, username, password, enableSecret, lines);
    }
}
