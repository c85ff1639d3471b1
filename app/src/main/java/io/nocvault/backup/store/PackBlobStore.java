package io.nocvault.backup.store;

import io.nocvault.backup.BlobCorruptException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link BlobStore} on the local filesystem: blobs appended to pack files under {@code <root>} (see {@link PackFile}
 * and {@link PackRecord}), so that a delta of a few hundred bytes takes a few hundred bytes on disk, not a file system
 * block, and concurrent writers share one flush. An index of every blob's place is kept in memory, read from the packs
 * when the store opens; deleted records are listed beside their pack, and {@link #compact} rewrites a pack once half
 * of it is deleted. Blob files of the earlier one-file-per-blob layout ({@code <root>/<2 hex>/<id>.nvb}) are moved
 * into packs when the store opens. One process owns a store directory.
 */
public class PackBlobStore implements BlobStore, Closeable {

    private static final Logger log = LoggerFactory.getLogger(PackBlobStore.class);
    /** A new pack begins when the current one reaches this size. */
    public static final long DEFAULT_PACK_SIZE = 32L * 1024 * 1024;
    /** A dictionary chain longer than this cannot have been written by this store. */
    private static final int MAX_CHAIN = 64;

    /** Where a blob's encoded bytes are in which file: for inspection and tests that damage a blob on purpose. */
    public record BlobLocation(Path file, long offset, int length) {}

    private final Path root;
    private final BlobCodec codec;
    private final Clock clock;
    private final long packSize;
    private final ConcurrentSkipListMap<Integer, PackFile> packs = new ConcurrentSkipListMap<>();
    private final Map<String, PackLocation> index = new ConcurrentHashMap<>();
    private final AtomicLong used = new AtomicLong();
    /** Readers and writers share it; removing a compacted pack takes it exclusively. */
    private final ReentrantReadWriteLock packsLock = new ReentrantReadWriteLock();

    private final Object appendLock = new Object();
    private volatile PackFile active;
    private final Object[] locks = new Object[64];
    private final RecentBlobs recent =
            new RecentBlobs(RecentBlobs.capacityFor(Runtime.getRuntime().maxMemory()));

    public PackBlobStore(Path root, BlobCodec codec) {
        this(root, codec, Clock.systemUTC(), DEFAULT_PACK_SIZE);
    }

    public PackBlobStore(Path root, BlobCodec codec, Clock clock, long packSize) {
        this.root = root;
        this.codec = codec;
        this.clock = clock;
        this.packSize = packSize;
        for (int i = 0; i < locks.length; i++) {
            locks[i] = new Object();
        }
        open();
    }

    @Override
    public BlobRef put(byte[] content, String dictionaryId) {
        String id = Sha256.hex(content);
        synchronized (lockOf(id)) {
            if (index.containsKey(id)) {
                return describe(id);
            }
            byte[] dictionary = dictionaryId == null || dictionaryId.equals(id) ? null : getRecent(dictionaryId);
            byte[] encoded = codec.encode(id, content, dictionaryId, dictionary);
            PackLocation location = appendAndSync(id, encoded, clock.millis());
            add(id, location);
            recent.put(id, content);
            return new BlobRef(id, encoded.length, BlobHeader.parse(encoded).dictionaryId());
        }
    }

    @Override
    public byte[] get(String id) {
        return read(id, 0);
    }

    private byte[] read(String id, int depth) {
        checkChainDepth(id, depth);
        byte[] encoded = readEncoded(id);
        return codec.decode(id, encoded, dictionaryId -> read(dictionaryId, depth + 1), depth == 0);
    }

    /**
     * From the cache of blobs recently written or verified here once every blob of its dictionary chain still
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
            checkChainDepth(id, depth);
            next = codec.authenticate(next, readEncoded(next));
        }
    }

    private static void checkChainDepth(String id, int depth) {
        if (depth > MAX_CHAIN) {
            throw new BlobCorruptException(id, "dictionary chain too long");
        }
    }

    @Override
    public BlobRef describe(String id) {
        byte[] encoded = readEncoded(id);
        return new BlobRef(id, encoded.length, codec.header(id, encoded).dictionaryId());
    }

    @Override
    public boolean exists(String id) {
        return index.containsKey(id);
    }

    @Override
    public Instant storedAt(String id) {
        return Instant.ofEpochMilli(location(id).storedAtMillis());
    }

    @Override
    public void delete(String id) {
        synchronized (lockOf(id)) {
            packsLock.readLock().lock();
            try {
                PackLocation location = index.remove(id);
                if (location == null) {
                    return;
                }
                location.pack().markDead(location.offset(), location.recordSize());
                used.addAndGet(-location.recordSize());
                recent.remove(id);
            } finally {
                packsLock.readLock().unlock();
            }
        }
    }

    @Override
    public Stream<String> ids() {
        return List.copyOf(index.keySet()).stream();
    }

    /** Bytes of the stored blobs' records (deleted ones no longer count, whether or not compacted yet). */
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

    /**
     * Rewrites every pack of which at least half is deleted: its live blobs are appended to the current pack and
     * flushed, then the old pack is removed. Answers the bytes freed on disk.
     */
    @Override
    public long compact() {
        long freed = 0;
        synchronized (appendLock) {
            PackFile current = active;
            if (current.size() > 0 && current.deadBytes() * 2 >= current.size()) {
                roll();
            }
        }
        for (PackFile pack : List.copyOf(packs.values())) {
            if (pack != active && pack.deadBytes() * 2 >= pack.size()) {
                freed += rewrite(pack);
            }
        }
        return freed;
    }

    private long rewrite(PackFile pack) {
        long before = pack.size();
        List<String> ids = index.entrySet().stream()
                .filter(e -> e.getValue().pack() == pack)
                .map(Map.Entry::getKey)
                .toList();
        long written = 0;
        for (String id : ids) {
            synchronized (lockOf(id)) {
                PackLocation location = index.get(id);
                if (location == null || location.pack() != pack) {
                    continue;
                }
                PackLocation moved = append(id, readEncoded(id), location.storedAtMillis());
                index.put(id, moved);
                written += moved.recordSize();
            }
        }
        active.syncAll();
        packsLock.writeLock().lock();
        try {
            packs.remove(pack.number);
            pack.delete();
        } finally {
            packsLock.writeLock().unlock();
        }
        log.info(
                "Compacted the backup store's {}: {} blob(s) moved, {} byte(s) freed",
                pack,
                ids.size(),
                before - written);
        return before - written;
    }

    /** Where the blob's encoded bytes are; {@link BlobCorruptException} when it is not stored. */
    public BlobLocation locate(String id) {
        PackLocation location = location(id);
        return new BlobLocation(location.pack().path, location.offset() + PackRecord.HEADER, location.length());
    }

    @Override
    public void close() {
        packsLock.writeLock().lock();
        try {
            packs.values().forEach(PackFile::close);
        } finally {
            packsLock.writeLock().unlock();
        }
    }

    private byte[] readEncoded(String id) {
        packsLock.readLock().lock();
        try {
            PackLocation location = location(id);
            return location.pack().read(location.offset() + PackRecord.HEADER, location.length());
        } catch (IOException e) {
            throw new BlobCorruptException(id, "cannot be read from its pack file", e);
        } finally {
            packsLock.readLock().unlock();
        }
    }

    private PackLocation appendAndSync(String id, byte[] encoded, long storedAtMillis) {
        PackLocation location = append(id, encoded, storedAtMillis);
        location.pack().sync(location.offset() + location.recordSize());
        return location;
    }

    private PackLocation append(String id, byte[] encoded, long storedAtMillis) {
        byte[] record = PackRecord.encode(id, encoded, storedAtMillis);
        packsLock.readLock().lock();
        try {
            synchronized (appendLock) {
                if (active.size() > 0 && active.size() + record.length > packSize) {
                    roll();
                }
                PackFile pack = active;
                return new PackLocation(pack, pack.append(record), encoded.length, storedAtMillis);
            }
        } finally {
            packsLock.readLock().unlock();
        }
    }

    /** Flushes the current pack and begins the next; call holding {@link #appendLock}. */
    private void roll() {
        active.syncAll();
        PackFile next = PackFile.open(root, active.number + 1);
        syncDirectory();
        packs.put(next.number, next);
        active = next;
    }

    private void open() {
        createDirectory(root);
        PackLoader.Loaded loaded = PackLoader.load(root);
        packs.putAll(loaded.packs());
        index.putAll(loaded.index());
        active = packs.isEmpty() ? PackFile.open(root, 1) : packs.lastEntry().getValue();
        packs.putIfAbsent(active.number, active);
        index.values().forEach(location -> used.addAndGet(location.recordSize()));
        new LooseBlobs(root).moveInto(this::importLoose, () -> active.syncAll());
    }

    /** Adds a blob file of the earlier layout (not yet flushed); false when it was in a pack already. */
    private boolean importLoose(String id, byte[] encoded, Instant storedAt) {
        if (index.containsKey(id)) {
            return false;
        }
        add(id, append(id, encoded, storedAt.toEpochMilli()));
        return true;
    }

    /** Indexes a newly written blob and counts its bytes. */
    private void add(String id, PackLocation location) {
        index.put(id, location);
        used.addAndGet(location.recordSize());
    }

    private void syncDirectory() {
        try (FileChannel channel = FileChannel.open(root, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException ignored) {
            // some platforms cannot open a directory
        }
    }

    private Object lockOf(String id) {
        return locks[Math.floorMod(id.hashCode(), locks.length)];
    }

    /** Where the blob is; {@link BlobCorruptException} when it is not stored. */
    private PackLocation location(String id) {
        PackLocation location = index.get(id);
        if (location == null) {
            throw new BlobCorruptException(id, "the blob is missing");
        }
        return location;
    }

    private static void createDirectory(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }
}
