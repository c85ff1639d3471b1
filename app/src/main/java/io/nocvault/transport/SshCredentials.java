package io.nocvault.transport;

/**
 * Login credentials for one hop: a password, an OpenSSH/PEM private key, or both. {@link #toString()} never shows
 * them.
 */
public record SshCredentials(String username, String password, String privateKey) {

    public SshCredentials {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("SSH username is required");
        }
    }

    public static SshCredentials password(String username, String password) {
        return new SshCredentials(username, password, null);
    }

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    public boolean hasPrivateKey() {
        return privateKey != null && !privateKey.isBlank();
    }

    @Override
    public String toString() {
        return "SshCredentials[username=" + username + ", password=" + (hasPassword() ? "***" : "none")
                + ", privateKey=" + (hasPrivateKey() ? "***" : "none") + "]";
    }
}
