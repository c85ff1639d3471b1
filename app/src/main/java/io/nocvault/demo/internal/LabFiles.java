package io.nocvault.demo.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The demo lab's files under {@code <data-dir>/demo}, both owner-only (0600) and replaced atomically:
 * {@code lab.properties} (credentials and ports, written once at the first start) and {@code revisions.properties}
 * (how many times each simulated device changed its config, so that a restart shows the same configs).
 */
final class LabFiles {

    static final String SETTINGS = "lab.properties";
    static final String REVISIONS = "revisions.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path dir;

    LabFiles(Path dir) {
        this.dir = dir;
    }

    Path settingsFile() {
        return dir.resolve(SETTINGS);
    }

    /** The settings of an earlier start, or new ones (random secrets, ports from {@code properties}) saved now. */
    LabSettings loadOrCreate(DemoLabProperties properties) {
        Path file = settingsFile();
        if (Files.exists(file)) {
            Properties p = read(file);
            return new LabSettings(
                    required(p, "device-username"),
                    required(p, "device-password"),
                    required(p, "enable-secret"),
                    required(p, "jump-username"),
                    required(p, "jump-password"),
                    Integer.parseInt(required(p, "jump-port")),
                    Integer.parseInt(required(p, "base-port")));
        }
        LabSettings created = new LabSettings(
                "demo", secret(), secret(), "jump", secret(), properties.jumpPort(), properties.basePort());
        Properties p = new Properties();
        p.setProperty("device-username", created.deviceUsername());
        p.setProperty("device-password", created.devicePassword());
        p.setProperty("enable-secret", created.enableSecret());
        p.setProperty("jump-username", created.jumpUsername());
        p.setProperty("jump-password", created.jumpPassword());
        p.setProperty("jump-port", String.valueOf(created.jumpPort()));
        p.setProperty("base-port", String.valueOf(created.basePort()));
        write(file, p, "NocVault demo lab: credentials of the simulated devices and jump server (keep private)");
        return created;
    }

    /** Config revisions by hostname (0 for a device never changed). */
    Map<String, Integer> revisions() {
        Path file = dir.resolve(REVISIONS);
        Map<String, Integer> revisions = new HashMap<>();
        if (Files.exists(file)) {
            read(file).forEach((k, v) -> revisions.put((String) k, Integer.parseInt(((String) v).strip())));
        }
        return revisions;
    }

    void saveRevisions(Map<String, Integer> revisions) {
        Properties p = new Properties();
        revisions.forEach((host, n) -> p.setProperty(host, String.valueOf(n)));
        write(dir.resolve(REVISIONS), p, "NocVault demo lab: config changes per simulated device");
    }

    private static String required(Properties p, String key) {
        String value = p.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The demo lab file " + SETTINGS + " lacks " + key
                    + "; delete the demo directory and the demo NOCs to start afresh");
        }
        return value.strip();
    }

    private static String secret() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static Properties read(Path file) {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return p;
    }

    private void write(Path file, Properties p, String comment) {
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, file.getFileName().toString(), ".tmp", ownerOnly());
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                p.store(writer, comment);
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private FileAttribute<?>[] ownerOnly() {
        boolean posix = dir.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
    }
}
