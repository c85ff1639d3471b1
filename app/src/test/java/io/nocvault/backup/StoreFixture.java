package io.nocvault.backup;

import io.nocvault.backup.store.PackBlobStore;
import io.nocvault.backup.store.PackBytes;
import io.nocvault.test.TestNocs;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;

/** NOCs, device ids and config texts for store tests that share one application context and database. */
final class StoreFixture {

    private final JdbcClient jdbc;
    private final PackBlobStore blobs;
    final TestNocs nocs;

    StoreFixture(JdbcClient jdbc, PackBlobStore blobs) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.nocs = new TestNocs(jdbc);
    }

    /** A device id no other test uses (devices live in another module; only the id matters here). */
    static long newDeviceId() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    }

    /** A config of {@code lines} lines, different for every {@code seed}. */
    static List<String> config(int lines, long seed) {
        return new ArrayList<>(IntStream.range(0, lines)
                .mapToObj(i -> i % 4 == 0 ? "interface Ethernet" + i : " description link " + i + " seed " + seed)
                .toList());
    }

    /** The config with line {@code line} replaced. */
    static List<String> change(List<String> config, int line, String text) {
        List<String> changed = new ArrayList<>(config);
        changed.set(line, text);
        return changed;
    }

    static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Flips one bit in the middle of a blob's stored bytes, in its pack file. */
    void tamper(String blobId) {
        try {
            PackBytes.flip(blobs, blobId, blobs.locate(blobId).length() / 2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The blob's stored bytes, as they are in its pack file. */
    byte[] storedBytes(String blobId) {
        try {
            return PackBytes.payload(blobs, blobId);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean blobExists(String blobId) {
        return blobs.exists(blobId);
    }

    long blobRows(String blobId) {
        return jdbc.sql("select count(*) from backup_blobs where id = :id")
                .param("id", blobId)
                .query(Long.class)
                .single();
    }

    Integer chainDepth(String blobId) {
        return jdbc.sql("select chain_depth from backup_blobs where id = :id")
                .param("id", blobId)
                .query(Integer.class)
                .single();
    }
}
