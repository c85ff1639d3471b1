package io.nocvault.noc;

/**
 * How to reach a NOC's jump server, with its secrets opened: only for code that connects (transport). Never
 * put it in a response or a log; {@link #toString()} hides the secrets.
 */
public record JumpServer(
        long nocId, String nocName, String host, int port, String username, String password, String privateKey) {

    @Override
    public String toString() {
        return "JumpServer[noc=" + nocName + ", " + username + "@" + host + ":" + port + "]";
    }
}
