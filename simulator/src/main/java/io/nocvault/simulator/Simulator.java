package io.nocvault.simulator;

import io.nocvault.simulator.internal.DeviceRegistry;
import io.nocvault.simulator.internal.DeviceState;
import io.nocvault.simulator.internal.SimServer;
import io.nocvault.simulator.internal.cli.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A running device simulator: SSH devices on consecutive loopback ports (or ephemeral ones) and an optional jump
 * host. Start one with {@link #builder()}; close it to stop every device.
 *
 * <pre>{@code
 * try (Simulator sim = Simulator.builder()
 *         .username("admin").password("secret").enableSecret("en")
 *         .device("cisco_ios", "core-sw-01")
 *         .device("juniper_junos", "edge-01")
 *         .jumpHost("jump", "jumppw")
 *         .start()) {
 *     SimulatedDevice ios = sim.device("core-sw-01");
 *     // connect to ios.host():ios.port() ...
 * }
 * }</pre>
 */
public final class Simulator implements AutoCloseable {

    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final SimServer server;
    private final ScheduledThreadPoolExecutor timer;
    private final List<SimulatedDevice> devices;
    private final DeviceState jump;

    private Simulator(
            SimServer server, ScheduledThreadPoolExecutor timer, List<SimulatedDevice> devices, DeviceState jump) {
        this.server = server;
        this.timer = timer;
        this.devices = List.copyOf(devices);
        this.jump = jump;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The devices, in the order they were added. */
    public List<SimulatedDevice> devices() {
        return devices;
    }

    /** The device with this hostname. */
    public SimulatedDevice device(String hostname) {
        return devices.stream()
                .filter(d -> d.hostname().equals(hostname))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no simulated device named " + hostname));
    }

    /** Always {@code 127.0.0.1}. */
    public String host() {
        return SimServer.LOOPBACK;
    }

    public boolean hasJumpHost() {
        return jump != null;
    }

    /** The jump host's SSH port. */
    public int jumpPort() {
        return requireJump().port();
    }

    /** The jump host's current host key. */
    public PublicKey jumpHostKey() {
        return requireJump().hostKey();
    }

    private DeviceState requireJump() {
        if (jump == null) {
            throw new IllegalStateException("this simulator has no jump host");
        }
        return jump;
    }

    /** Stops every device and the jump host; open sessions are closed. */
    @Override
    public void close() {
        try {
            server.stop(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            timer.shutdownNow();
        }
    }

    /** Configures and starts a {@link Simulator}. */
    public static final class Builder {
        private int basePort;
        private int jumpPort;
        private String username = "admin";
        private String password = "simulator";
        private String enableSecret;
        private int configLines = 300;
        private long seed = 1;
        private String jumpUser;
        private String jumpPassword;
        private final List<PublicKey> authorizedKeys = new ArrayList<>();
        private final List<DeviceSpec> specs = new ArrayList<>();

        private Builder() {}

        /** First device port; devices get consecutive ports from here. 0 (default): ephemeral ports. */
        public Builder basePort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.basePort = port;
            return this;
        }

        /** Default login user name (default {@code admin}). */
        public Builder username(String user) {
            this.username = Objects.requireNonNull(user);
            return this;
        }

        /** Default login password (default {@code simulator}). */
        public Builder password(String pass) {
            this.password = Objects.requireNonNull(pass);
            return this;
        }

        /** Default enable password; {@code null} (default) means {@code enable} asks for none. */
        public Builder enableSecret(String secret) {
            this.enableSecret = secret;
            return this;
        }

        /** Default approximate config size in lines (default 300). */
        public Builder configLines(int lines) {
            if (lines < 1) {
                throw new IllegalArgumentException("configLines must be positive");
            }
            this.configLines = lines;
            return this;
        }

        /** Seed of the generated configs (default 1); the same seed gives the same configs. */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** Also accept public-key authentication with this key (for every device's user). */
        public Builder authorizedKey(PublicKey key) {
            authorizedKeys.add(Objects.requireNonNull(key));
            return this;
        }

        public Builder device(String platform, String hostname) {
            return device(DeviceSpec.of(platform, hostname));
        }

        public Builder device(DeviceSpec spec) {
            specs.add(Objects.requireNonNull(spec));
            return this;
        }

        /**
         * Adds {@code count} devices, platforms assigned round-robin from {@code platforms}, named
         * {@code sim-<platform>-<n>} with n counting all devices from 1.
         */
        public Builder devices(int count, List<String> platforms) {
            if (platforms.isEmpty()) {
                throw new IllegalArgumentException("no platforms given");
            }
            for (int i = 0; i < count; i++) {
                String platform = platforms.get(i % platforms.size());
                device(platform, "sim-" + platform + "-" + (specs.size() + 1));
            }
            return this;
        }

        /** Adds a jump host with its own credentials; it forwards only to this simulator's devices. */
        public Builder jumpHost(String user, String pass) {
            this.jumpUser = Objects.requireNonNull(user);
            this.jumpPassword = Objects.requireNonNull(pass);
            return this;
        }

        /** The jump host's port; 0 (default): an ephemeral port. */
        public Builder jumpPort(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.jumpPort = port;
            return this;
        }

        /** Binds every port and starts serving. */
        public Simulator start() throws IOException {
            if (specs.isEmpty()) {
                throw new IllegalStateException("add at least one device");
            }
            if (basePort > 0 && basePort + specs.size() - 1 > 65535) {
                throw new IllegalArgumentException("ports " + basePort + "+" + specs.size() + " exceed 65535");
            }
            List<DeviceState> states = new ArrayList<>();
            Set<String> hostnames = new HashSet<>();
            for (DeviceSpec spec : specs) {
                if (!hostnames.add(spec.hostname())) {
                    throw new IllegalArgumentException("hostname used twice: " + spec.hostname());
                }
                states.add(state(spec));
            }
            DeviceState jump = jumpUser == null
                    ? null
                    : new DeviceState(
                            Platform.JUMP,
                            "jumphost",
                            new DeviceState.Credentials(jumpUser, jumpPassword, null, authorizedKeys),
                            1,
                            seed);
            return Starter.start(states, jump, basePort, jumpPort, INSTANCES.incrementAndGet());
        }

        private DeviceState state(DeviceSpec spec) {
            DeviceState.Credentials credentials = new DeviceState.Credentials(
                    spec.username() != null ? spec.username() : username,
                    spec.password() != null ? spec.password() : password,
                    spec.enableSecret() != null ? spec.enableSecret() : enableSecret,
                    authorizedKeys);
            int lines = spec.configLines() > 0 ? spec.configLines() : configLines;
            return new DeviceState(spec.platform(), spec.hostname(), credentials, lines, seed);
        }
    }

    /** Binds the ports of a set of devices to one server. */
    private static final class Starter {

        static Simulator start(List<DeviceState> states, DeviceState jump, int basePort, int jumpPort, int instance)
                throws IOException {
            ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "nocvault-sim-" + instance + "-timer");
                t.setDaemon(true);
                return t;
            });
            timer.setRemoveOnCancelPolicy(true);
            DeviceRegistry registry = new DeviceRegistry();
            SimServer server = SimServer.create(registry, timer);
            try {
                DeviceState first = states.getFirst();
                server.setPort(basePort);
                if (basePort > 0) {
                    first.bind(basePort);
                    registry.register(first);
                }
                bindOrFail(basePort, () -> {
                    server.start();
                    return null;
                });
                first.bind(server.getPort());
                registry.register(first);
                for (int i = 1; i < states.size(); i++) {
                    int port = basePort == 0 ? 0 : basePort + i;
                    bindDevice(server, registry, states.get(i), port);
                }
                if (jump != null) {
                    jump.bind(
                            bindOrFail(jumpPort, () -> server.bindPort(jumpPort).getPort()));
                    registry.registerJump(jump);
                }
                return new Simulator(server, timer, List.copyOf(states), jump);
            } catch (IOException | RuntimeException e) {
                server.stop(true);
                timer.shutdownNow();
                throw e;
            }
        }

        private static void bindDevice(SimServer server, DeviceRegistry registry, DeviceState device, int port)
                throws IOException {
            if (port > 0) {
                device.bind(port);
                registry.register(device);
            }
            device.bind(bindOrFail(port, () -> server.bindPort(port).getPort()));
            registry.register(device);
        }

        private interface Binding<T> {
            T bind() throws IOException;
        }

        private static <T> T bindOrFail(int port, Binding<T> binding) throws IOException {
            try {
                return binding.bind();
            } catch (IOException e) {
                throw new IOException("cannot listen on " + SimServer.LOOPBACK + ":" + port + ": " + e.getMessage(), e);
            }
        }
    }
}
