package io.nocvault.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The data directory ({@code nocvault.data-dir}): embedded database, master key, backup store. */
@Component
public class DataDirectory {

    private final Path root;

    public DataDirectory(@Value("${nocvault.data-dir:./data}") Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /** A sub-directory, created when missing. */
    public Path resolve(String name) {
        Path dir = root.resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create directory " + dir, e);
        }
    }
}
