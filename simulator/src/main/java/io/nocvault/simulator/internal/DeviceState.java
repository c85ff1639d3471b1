package io.nocvault.simulator.internal;

import io.nocvault.simulator.Fault;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.internal.cli.Platform;
import io.nocvault.simulator.internal.config.DeviceConfig;
import io.nocvault.simulator.internal.config.GenContext;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.ECGenParameterSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/** A simulated device: identity, credentials, config, faults and host key. */
public final class DeviceState implements SimulatedDevice {

    private final Platform platform;
    private final String hostname;
    private final String username;
    private final String password;
    private final String enableSecret;
    private final List<PublicKey> authorizedKeys;
    private final DeviceConfig config;
    private final long bootMillis;
    private final AtomicReference<KeyPair> hostKey = new AtomicReference<>();
    private volatile Set<Fault> faults = Set.of();
    private volatile int port;
    private final long hostKeySeed;

    /** Credentials of the device; {@code enableSecret} {@code null} or empty means none. */
    public record Credentials(String username, String password, String enableSecret, List<PublicKey> authorizedKeys) {}

    public DeviceState(String platformKey, String hostname, Credentials credentials, int configLines, long seed) {
        this.platform = Platform.of(platformKey);
        this.hostname = hostname;
        this.username = credentials.username();
        this.password = credentials.password();
        String secret = credentials.enableSecret();
        this.enableSecret = secret == null || secret.isEmpty() ? null : secret;
        this.authorizedKeys = List.copyOf(credentials.authorizedKeys());
        long deviceSeed = seed * 1_000_003L + platformKey.hashCode() * 31L + hostname.hashCode();
        this.hostKeySeed = deviceSeed;
        this.bootMillis = System.currentTimeMillis() - 86_400_000L * (3 + Math.floorMod(deviceSeed, 200));
        this.config = new DeviceConfig(
                platform.config(),
                () -> platform.config()
                        .generator()
                        .generate(new GenContext(
                                hostname,
                                username,
                                configLines,
                                platform.config().header(),
                                deviceSeed)));
    }

    public Platform platformSpec() {
        return platform;
    }

    public DeviceConfig config() {
        return config;
    }

    public long bootMillis() {
        return bootMillis;
    }

    public void bind(int boundPort) {
        this.port = boundPort;
    }

    public boolean hasFault(Fault fault) {
        return faults.contains(fault);
    }

    /** Whether a login name denotes this device's user (RouterOS: flags after {@code +} are ignored). */
    public boolean userMatches(String login) {
        if (login == null) {
            return false;
        }
        String name = login;
        int plus = login.indexOf('+');
        if (plus > 0 && platform.key().equals("mikrotik_routeros")) {
            name = login.substring(0, plus);
        }
        return name.equals(username);
    }

    public boolean acceptsKey(PublicKey key) {
        return authorizedKeys.stream().anyMatch(k -> k.equals(key));
    }

    public KeyPair keyPair() {
        KeyPair current = hostKey.get();
        if (current == null) {
            hostKey.compareAndSet(null, generateKey(stableRandom(hostKeySeed)));
            current = hostKey.get();
        }
        return current;
    }

    @Override
    public String platform() {
        return platform.key();
    }

    @Override
    public String hostname() {
        return hostname;
    }

    @Override
    public String host() {
        return "127.0.0.1";
    }

    @Override
    public int port() {
        return port;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public String enableSecret() {
        return enableSecret;
    }

    @Override
    public void setFault(Fault fault) {
        faults = fault == null || fault == Fault.NONE ? Set.of() : Set.of(fault);
    }

    @Override
    public void setFaults(Set<Fault> newFaults) {
        EnumSet<Fault> set = EnumSet.noneOf(Fault.class);
        set.addAll(newFaults);
        set.remove(Fault.NONE);
        faults = Set.copyOf(set);
    }

    @Override
    public Set<Fault> faults() {
        return faults;
    }

    @Override
    public String mutateConfig() {
        return config.mutate();
    }

    @Override
    public void setConfig(String text) {
        config.set(text);
    }

    @Override
    public String currentConfig() {
        return config.normalized();
    }

    @Override
    public String readConfig() {
        StringBuilder sb = new StringBuilder();
        for (String line : config.read()) {
            sb.append(line).append('\n');
        }
        return sb.toString();
    }

    @Override
    public void rotateHostKey() {
        hostKey.set(generateKey(new SecureRandom()));
    }

    @Override
    public PublicKey hostKey() {
        return keyPair().getPublic();
    }

    @Override
    public String toString() {
        return platform.key() + " " + host() + ":" + port + " " + hostname;
    }

    /**
     * The first host key follows from the seed and hostname, so a device keeps its key across simulator restarts
     * (the demo lab pins it once); {@link #rotateHostKey()} then draws a random one.
     */
    private static SecureRandom stableRandom(long seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(
                    java.nio.ByteBuffer.allocate(Long.BYTES).putLong(seed).array());
            return random;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no SHA1PRNG", e);
        }
    }

    private static KeyPair generateKey(SecureRandom random) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), random);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an EC host key", e);
        }
    }
}
