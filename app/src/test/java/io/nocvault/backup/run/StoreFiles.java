package io.nocvault.backup.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every file under a blob store directory, sorted by what it is: a pack file ({@code pack-NNNNNN.nvp}), a pack's
 * list of deleted records ({@code pack-NNNNNN.dead}), or something else (a temporary file, a blob file of the earlier
 * one-file-per-blob layout, anything a crash could leave).
 */
record StoreFiles(List<Path> packs, List<Path> deadLists, List<Path> other, long packBytes) {

    static StoreFiles scan(Path root) throws IOException {
        List<Path> packs = new ArrayList<>();
        List<Path> dead = new ArrayList<>();
        List<Path> other = new ArrayList<>();
        long bytes = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> !f.equals(root))::iterator) {
                String name = file.getFileName().toString();
                boolean top = file.getParent().equals(root) && Files.isRegularFile(file);
                if (top && name.matches("pack-\\d{6,9}\\.nvp")) {
                    packs.add(file);
                    bytes += Files.size(file);
                } else if (top && name.matches("pack-\\d{6,9}\\.dead")) {
                    dead.add(file);
                } else {
                    other.add(file);
                }
            }
        }
        return new StoreFiles(packs, dead, other, bytes);
    }
}
