package io.nocvault.secrets.internal;

import io.nocvault.secrets.MasterKeyException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

/** The master key file: read, or created once with owner-only permissions (0600). */
record KeyFile(Path path) {

    boolean exists() {
        return Files.exists(path);
    }

    String read() {
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MasterKeyException("Cannot read the master key " + path + ": " + e.getMessage());
        }
    }

    void writeNew(String content) {
        try {
            Files.createDirectories(path.getParent());
            Files.createFile(path, ownerOnly(path));
            Files.writeString(path, content, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (FileAlreadyExistsException e) {
            throw new MasterKeyException("The master key " + path + " appeared while NocVault was creating it");
        } catch (IOException e) {
            throw new MasterKeyException("Cannot write the master key " + path + ": " + e.getMessage());
        }
    }

    private static java.nio.file.attribute.FileAttribute<?>[] ownerOnly(Path path) {
        boolean posix = path.getFileSystem().supportedFileAttributeViews().contains("posix");
        return posix
                ? new java.nio.file.attribute.FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new java.nio.file.attribute.FileAttribute<?>[0];
    }
}
