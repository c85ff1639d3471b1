package io.nocvault.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Bytes of a directory tree, counted two ways: apparent (the sum of the files' sizes, what {@code du -sb} and
 * NocVault's quota count) and allocated (the file system blocks, what {@code du -sB1} counts: every small file takes
 * at least one block).
 */
record DiskUsage(long files, long apparentBytes, long allocatedBytes) {

    static DiskUsage of(Path dir) throws IOException, InterruptedException {
        long files = 0;
        long apparent = 0;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : (Iterable<Path>) all.filter(Files::isRegularFile)::iterator) {
                files++;
                apparent += Files.size(file);
            }
        }
        return new DiskUsage(files, apparent, allocated(dir));
    }

    /** Allocated bytes by {@code du -sB1} (directories included), or -1 without {@code du}. */
    private static long allocated(Path dir) throws IOException, InterruptedException {
        Process du = new ProcessBuilder("du", "-sB1", dir.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String out = new String(du.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
        if (du.waitFor() != 0 || out.isBlank()) {
            return -1;
        }
        return Long.parseLong(out.split("\\s+")[0]);
    }

    /** Removes a tree the benchmark wrote. */
    static void delete(Path dir) {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) all.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + dir, e);
        }
    }
}
