package io.nocvault.noc;

/**
 * A NOC to create without a request (see {@link NocProvisioning}). Text is trimmed and blank means absent; without
 * {@code jumpHost} the NOC's devices are reached directly. {@link #toString()} never shows a secret.
 *
 * @param jumpPort the jump server's SSH port, or {@code null} for 22
 * @param jumpPrivateKey an OpenSSH or PEM private key, or {@code null}
 */
public record NewNoc(
        String name,
        String description,
        String location,
        String jumpHost,
        Integer jumpPort,
        String jumpUsername,
        String jumpPassword,
        String jumpPrivateKey) {

    /** A NOC reached directly. */
    public static NewNoc direct(String name, String description, String location) {
        return new NewNoc(name, description, location, null, null, null, null, null);
    }

    /** A NOC reached through a jump server that takes a password. */
    public static NewNoc behindJumpServer(
            String name, String description, String location, String host, int port, String user, String password) {
        return new NewNoc(name, description, location, host, port, user, password, null);
    }

    @Override
    public String toString() {
        return "NewNoc[name=" + name + ", jumpHost=" + jumpHost + ", jumpPort=" + jumpPort + ", jumpPassword="
                + (jumpPassword == null ? "absent" : "***") + ", jumpPrivateKey="
                + (jumpPrivateKey == null ? "absent" : "***") + "]";
    }
}
