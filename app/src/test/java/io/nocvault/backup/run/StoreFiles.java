package io.nocvault.backup.run;

import io.nocvault.backup.store.AtomicFileWriter;
import io.nocvault.backup.store.Sha256;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Every file under a blob store directory, sorted by what it is: a blob ({@code <first two hex digits>/<id>.nvb}),
 * a temporary file of {@link AtomicFileWriter} (name ending in {@link AtomicFileWriter#TEMP_SUFFIX}), or something
 * else.
 */
record StoreFiles(Set<String> blobIds, List<Path> temporary, List<Path> other) {

    private static final String BLOB_SUFFIX = ".nvb";

    static StoreFiles scan(Path root) throws IOException {
        Set<String> blobs = new HashSet<>();
        List<Path> temporary = new ArrayList<>();
        List<Path> other = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                String id = name.endsWith(BLOB_SUFFIX) ? name.substring(0, name.length() - BLOB_SUFFIX.length()) : "";
                if (Sha256.isId(id) && file.getParent().equals(root.resolve(id.substring(0, 2)))) {
                    blobs.add(id);
                } else if (name.endsWith(AtomicFileWriter.TEMP_SUFFIX)) {
                    temporary.add(file);
                } else {
                    other.add(file);
                }
            }
        }
        return new StoreFiles(blobs, temporary, other);
    }
}
