package io.nocvault.drivers;

/**
 * The credentials a dialog may need in-band: the user name and password for devices that ask again inside
 * the shell, and the enable secret. {@link #toString()} never shows the secrets.
 *
 * @param username login user name, may be {@code null}
 * @param password login password, may be {@code null}
 * @param enableSecret enable (privileged mode) secret, may be {@code null}
 */
public record DeviceLogin(String username, String password, String enableSecret) {

    public static DeviceLogin of(String username, String password) {
        return new DeviceLogin(username, password, null);
    }

    @Override
    public String toString() {
        return "DeviceLogin[username=" + username + ", password=" + (password == null ? "none" : "<removed>")
                + ", enableSecret=" + (enableSecret == null ? "none" : "<removed>") + "]";
    }
}
