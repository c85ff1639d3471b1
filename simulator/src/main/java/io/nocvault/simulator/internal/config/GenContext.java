package io.nocvault.simulator.internal.config;

import java.util.List;
import java.util.Random;

/** Input and deterministic randomness for one config generation. */
public final class GenContext {

    private static final String[] ROLES = {
        "uplink to", "server", "printer", "access point", "camera", "phone", "link to", "storage", "backup link to"
    };
    private static final String[] PEERS = {
        "core-sw-01", "core-sw-02", "dist-sw-03", "fw-01", "esx-07", "nas-02", "wlc-01", "pbx-01", "lab-rtr-04"
    };
    private static final String B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String CRYPT = "./0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    private final String hostname;
    private final String username;
    private final int target;
    private final List<String> header;
    private final Random random;
    private final int site;

    public GenContext(String hostname, String username, int target, List<String> header, long seed) {
        this.hostname = hostname;
        this.username = username;
        this.target = target;
        this.header = header;
        this.random = new Random(seed);
        this.site = 1 + random.nextInt(200);
    }

    public String hostname() {
        return hostname;
    }

    public String username() {
        return username;
    }

    /** Wanted number of lines. */
    public int target() {
        return target;
    }

    /** The platform's standard header lines (with placeholder values a read refreshes). */
    public List<String> header() {
        return header;
    }

    public int nextInt(int bound) {
        return random.nextInt(bound);
    }

    public boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    /** The management network of this device, {@code 10.<site>.0}. */
    public String mgmtNet() {
        return "10.0." + site;
    }

    /** The management address of this device. */
    public String mgmtIp() {
        return mgmtNet() + ".10";
    }

    /** The default gateway of this device. */
    public String gateway() {
        return mgmtNet() + ".1";
    }

    /** The first address of this device's user LAN, {@code 10.1.<site>.1}. */
    public String userGateway() {
        return "10.1." + site + ".1";
    }

    /** A point-to-point or LAN address for the n-th interface: {@code 10.<a>.<b>.<c>}. */
    public String ifaceIp(int n) {
        return "10." + (20 + (n / 16384) % 60) + "." + ((n / 64) % 256) + "." + ((n % 64) * 4 + 1);
    }

    /** A port description, sometimes naming this device. */
    public String description(int n) {
        String role = ROLES[random.nextInt(ROLES.length)];
        String peer = PEERS[random.nextInt(PEERS.length)];
        return switch (random.nextInt(4)) {
            case 0 -> hostname + " " + role + " " + peer;
            case 1 -> role + " " + peer + " port " + (1 + n % 48);
            default -> role + " " + peer;
        };
    }

    public String hex(int chars) {
        return chars(chars, "0123456789abcdef");
    }

    public String upperHex(int chars) {
        return chars(chars, "0123456789ABCDEF");
    }

    public String base64(int chars) {
        return chars(chars, B64);
    }

    public String cryptChars(int chars) {
        return chars(chars, CRYPT);
    }

    /** An MD5-crypt hash as IOS shows after {@code secret 5}. */
    public String md5Crypt() {
        return "$1$" + cryptChars(4) + "$" + cryptChars(22);
    }

    /** A SHA-512-crypt hash. */
    public String sha512Crypt() {
        return "$6$" + cryptChars(16) + "$" + cryptChars(86);
    }

    /** A SHA-256-crypt hash. */
    public String sha256Crypt() {
        return "$5$" + cryptChars(8) + "$" + cryptChars(43);
    }

    /** A Cisco type-7 string. */
    public String type7() {
        return String.format("%02d", random.nextInt(16)) + upperHex(18);
    }

    /** A serial number like {@code FOC2231X0AB}. */
    public String serial(String prefix) {
        return prefix + (2100 + random.nextInt(400)) + chars(1, "ABCDEFGHJKLMNPQRSTUVWXYZ") + upperHex(3);
    }

    private String chars(int count, String alphabet) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }
}
