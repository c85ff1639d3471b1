package io.nocvault.transport;

/**
 * One SSH server to log in to: a device or a jump server.
 *
 * @param host address or DNS name (for a device behind a jump server: as the jump server resolves it)
 * @param port SSH port
 * @param credentials login for this hop
 * @param hostKey under which name its host key is pinned, e.g. {@code device:42} or {@code jump:3}
 * @param nocId the NOC it belongs to (scopes the host key review page)
 * @param label human readable, e.g. {@code core-sw-01 (10.0.0.1:22)}
 */
public record SshEndpoint(String host, int port, SshCredentials credentials, String hostKey, Long nocId, String label) {

    public SshEndpoint {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SSH host is required");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SSH port must be between 1 and 65535");
        }
    }
}
