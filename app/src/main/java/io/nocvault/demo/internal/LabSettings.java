package io.nocvault.demo.internal;

/**
 * What the demo lab keeps in {@code lab.properties} from its first start: the random credentials of the simulated
 * devices and jump server, and the ports. {@link #toString()} never shows a secret.
 */
record LabSettings(
        String deviceUsername,
        String devicePassword,
        String enableSecret,
        String jumpUsername,
        String jumpPassword,
        int jumpPort,
        int basePort) {

    @Override
    public String toString() {
        return "LabSettings[devices " + deviceUsername + "@127.0.0.1:" + basePort + "+, jump " + jumpUsername
                + "@127.0.0.1:" + jumpPort + "]";
    }
}
