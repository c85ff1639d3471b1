package io.nocvault.backup.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Blob files of the earlier layout, one file per blob at {@code <root>/<first 2 hex digits>/<id>.nvb}: moved into
 * the pack files when the store opens. Each file is added, the packs are flushed, and only then are the files
 * removed, so a crash half-way leaves every blob readable (a blob found twice is kept once). Temporary files the
 * earlier layout's interrupted writes left behind are removed.
 */
final class LooseBlobs {

    private static final Logger log = LoggerFactory.getLogger(LooseBlobs.class);
    private static final String SUFFIX = ".nvb";
    private static final String TEMP_SUFFIX = ".tmp";
    private static final Pattern PREFIX = Pattern.compile("[0-9a-f]{2}");

    /** Adds one blob (not flushed yet); answers false when it was in a pack already. */
    interface Importer {
        boolean add(String id, byte[] encoded, Instant storedAt);
    }

    private final Path root;

    LooseBlobs(Path root) {
        this.root = root;
    }

    void moveInto(Importer importer, Runnable flush) {
        List<Path> directories = directories();
        if (directories.isEmpty()) {
            return;
        }
        List<Path> done = new ArrayList<>();
        int moved = 0;
        try {
            for (Path directory : directories) {
                try (Stream<Path> files = Files.list(directory)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        String name = file.getFileName().toString();
                        String id = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : "";
                        if (Sha256.isId(id)
                                && id.startsWith(directory.getFileName().toString())) {
                            if (importer.add(
                                    id,
                                    Files.readAllBytes(file),
                                    Files.getLastModifiedTime(file).toInstant())) {
                                moved++;
                            }
                            done.add(file);
                        } else if (name.endsWith(TEMP_SUFFIX)) {
                            done.add(file);
                        }
                    }
                }
            }
            flush.run();
            for (Path file : done) {
                Files.delete(file);
            }
            for (Path directory : directories) {
                deleteIfEmpty(directory);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot move the blob files under " + root + " into pack files", e);
        }
        if (moved > 0) {
            log.info("Moved {} blob file(s) of the earlier layout into the backup store's pack files", moved);
        }
    }

    private List<Path> directories() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.filter(Files::isDirectory)
                    .filter(dir -> PREFIX.matcher(dir.getFileName().toString()).matches())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    private static void deleteIfEmpty(Path directory) throws IOException {
        try (Stream<Path> rest = Files.list(directory)) {
            if (rest.findAny().isPresent()) {
                return;
            }
        }
        Files.delete(directory);
    }
}
