package io.nocvault.backup.store;

import io.nocvault.backup.BlobCorruptException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BlobStore} on the local filesystem: {@code <root>/<first two hex digits>/<id>.nvb}, written atomically
 * by {@link AtomicFileWriter}. Opening the store removes temporary files a crash left behind and counts the used
 * bytes once; puts and deletes keep the count.
 */
public class LocalBlobStore implements BlobStore {

    private static final Logger log = LoggerFactory.getLogger(LocalBlobStore.class);
    static final String SUFFIX = ".nvb";
    /** A dictionary chain longer than this cannot have been written by this store. */
    private static final int MAX_CHAIN = 64;

    private final Path root;
    private final BlobCodec codec;
    private final AtomicFileWriter writer;
    private final AtomicLong used = new AtomicLong();
    private final Object[] locks = new Object[64];
    private final RecentBlobs recent = new RecentBlobs(32L * 1024 * 1024);

    public LocalBlobStore(Path root, BlobCodec codec, AtomicFileWriter writer) {
        this.root = root;
        this.codec = codec;
        this.writer = writer;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        open();
    }

    @Override
    public BlobRef put(byte[] content, String dictionaryId) {
        String id = Sha256.hex(content);
        Path file = path(id);
        synchronized (locks[Math.floorMod(id.hashCode(), locks.length)]) {
            if (Files.exists(file)) {
                return describe(id);
            }
            byte[] dictionary = dictionaryId == null || dictionaryId.equals(id) ? null : getRecent(dictionaryId);
            byte[] encoded = codec.encode(id, content, dictionaryId, dictionary);
            createDirectory(file.getParent());
            writer.write(file, encoded);
            used.addAndGet(encoded.length);
            recent.put(id, content);
            BlobHeader header = BlobHeader.parse(encoded);
            return new BlobRef(id, encoded.length, header.dictionaryId());
        }
    }

    @Override
    public byte[] get(String id) {
        return read(id, 0);
    }

    private byte[] read(String id, int depth) {
        if (depth > MAX_CHAIN) {
            throw new BlobCorruptException(id, "dictionary chain too long");
        }
        byte[] file = readFile(id);
        return codec.decode(id, file, dictionaryId -> read(dictionaryId, depth + 1), depth == 0);
    }

    /**
     * From the cache of blobs recently written or verified here once every file of its dictionary chain still
     * authenticates (a quick check: decryption only), else a full verified read.
     */
    @Override
    public byte[] getRecent(String id) {
        byte[] cached = recent.get(id);
        if (cached != null) {
            authenticateChain(id);
            return cached;
        }
        byte[] content = get(id);
        recent.put(id, content);
        return content;
    }

    private void authenticateChain(String id) {
        String next = id;
        for (int depth = 0; next != null; depth++) {
            if (depth > MAX_CHAIN) {
                throw new BlobCorruptException(id, "dictionary chain too long");
            }
            next = codec.authenticate(next, readFile(next));
        }
    }

    @Override
    public BlobRef describe(String id) {
        byte[] file = readFile(id);
        BlobHeader header = codec.header(id, file);
        return new BlobRef(id, file.length, header.dictionaryId());
    }

    @Override
    public boolean exists(String id) {
        return Sha256.isId(id) && Files.exists(path(id));
    }

    @Override
    public Instant storedAt(String id) {
        try {
            return Files.getLastModifiedTime(path(id)).toInstant();
        } catch (NoSuchFileException e) {
            throw new BlobCorruptException(id, "the file is missing");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the time of blob " + id, e);
        }
    }

    @Override
    public void delete(String id) {
        Path file = path(id);
        synchronized (locks[Math.floorMod(id.hashCode(), locks.length)]) {
            try {
                long size = Files.size(file);
                Files.delete(file);
                recent.remove(id);
                used.addAndGet(-size);
            } catch (NoSuchFileException ignored) {
                // already gone
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot delete blob " + id, e);
            }
        }
    }

    @Override
    public Stream<String> ids() {
        try {
            return blobFiles().map(LocalBlobStore::idOf);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + root, e);
        }
    }

    @Override
    public long usedBytes() {
        return used.get();
    }

    @Override
    public long freeBytes() {
        try {
            return Files.getFileStore(root).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the free space of " + root, e);
        }
    }

    /** Where the blob {@code id} lives. */
    public Path path(String id) {
        if (!Sha256.isId(id)) {
            throw new IllegalArgumentException("Not a blob id");
        }
        return root.resolve(id.substring(0, 2)).resolve(id + SUFFIX);
    }

    private byte[] readFile(String id) {
        try {
            return Files.readAllBytes(path(id));
        } catch (NoSuchFileException e) {
            throw new BlobCorruptException(id, "the file is missing");
        } catch (IOException e) {
            throw new BlobCorruptException(id, "the file cannot be read", e);
        }
    }

    private void open() {
        createDirectory(root);
        int removed = 0;
        long bytes = 0;
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(AtomicFileWriter.TEMP_SUFFIX)) {
                    Files.deleteIfExists(file);
                    removed++;
                } else if (name.endsWith(SUFFIX)) {
                    bytes += Files.size(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the backup store at " + root, e);
        }
        used.set(bytes);
        if (removed > 0) {
            log.warn("Removed {} unfinished temporary file(s) from the backup store {}", removed, root);
        }
    }

    private Stream<Path> blobFiles() throws IOException {
        return Files.walk(root, 2)
                .filter(file -> file.getFileName().toString().endsWith(SUFFIX))
                .filter(file -> Sha256.isId(idOf(file)));
    }

    private static String idOf(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }
}
