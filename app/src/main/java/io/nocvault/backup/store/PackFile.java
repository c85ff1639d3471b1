package io.nocvault.backup.store;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pack file ({@code pack-NNNNNN.nvp}): records appended one after the other, never changed in place, and beside
 * it the list of its records that were deleted ({@code pack-NNNNNN.dead}, 8-byte offsets). Appends are serialised, so
 * the file is always a run of whole records, except after a crash at its very end. {@link #sync} flushes to disk and
 * lets concurrent writers share one flush.
 */
final class PackFile implements Closeable {

    static final String SUFFIX = ".nvp";
    static final String DEAD_SUFFIX = ".dead";
    private static final Pattern NAME = Pattern.compile("pack-(\\d{6,9})\\" + SUFFIX);

    final int number;
    final Path path;
    private volatile FileChannel channel;
    private volatile boolean closed;
    private final Object appendLock = new Object();
    private long end;
    private final Object syncLock = new Object();
    private long synced;
    private final AtomicLong deadBytes = new AtomicLong();

    private PackFile(int number, Path path, FileChannel channel) throws IOException {
        this.number = number;
        this.path = path;
        this.channel = channel;
        this.end = channel.size();
        this.synced = end;
    }

    /** Opens (or creates) pack {@code number} in {@code dir}. */
    static PackFile open(Path dir, int number) {
        Path path = dir.resolve(String.format("pack-%06d%s", number, SUFFIX));
        try {
            return new PackFile(number, path, openChannel(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the pack file " + path, e);
        }
    }

    /** The number in a pack file's name, or -1 when {@code file} is not named as a pack. */
    static int numberOf(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    static Path deadLogOf(Path pack) {
        String name = pack.getFileName().toString();
        return pack.resolveSibling(name.substring(0, name.length() - SUFFIX.length()) + DEAD_SUFFIX);
    }

    /** Appends {@code record} at the end; answers its offset. Not on disk before {@link #sync}. */
    long append(byte[] record) {
        synchronized (appendLock) {
            long offset = end;
            ioOrFail("write", channel -> {
                ByteBuffer buffer = ByteBuffer.wrap(record);
                while (buffer.hasRemaining()) {
                    channel.write(buffer, offset + buffer.position());
                }
                return null;
            });
            end += record.length;
            return offset;
        }
    }

    /** Flushes to disk at least everything up to {@code upTo}; one flush serves every writer waiting for it. */
    void sync(long upTo) {
        synchronized (syncLock) {
            if (synced >= upTo) {
                return;
            }
            long target = size();
            ioOrFail("flush", channel -> {
                channel.force(false);
                return null;
            });
            synced = target;
        }
    }

    void syncAll() {
        sync(size());
    }

    long size() {
        synchronized (appendLock) {
            return end;
        }
    }

    byte[] read(long position, int length) throws IOException {
        return io(channel -> {
            ByteBuffer buffer = ByteBuffer.allocate(length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    throw new EOFException("the pack " + path.getFileName() + " ends before " + (position + length));
                }
            }
            return buffer.array();
        });
    }

    /** Cuts the file at {@code size} (the end of an interrupted write) and flushes. */
    void truncate(long size) {
        synchronized (appendLock) {
            ioOrFail("truncate", channel -> {
                channel.truncate(size);
                channel.force(true);
                return null;
            });
            end = size;
            synced = size;
        }
    }

    /**
     * Records that the record at {@code offset} is deleted. Not flushed: if a crash loses the entry, the blob comes
     * back without a row in the database, and the nightly sweep of orphans removes it again.
     */
    void markDead(long offset, long recordSize) {
        synchronized (appendLock) {
            try {
                Files.write(
                        deadLogOf(path),
                        ByteBuffer.allocate(Long.BYTES).putLong(offset).array(),
                        StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + deadLogOf(path), e);
            }
        }
        deadBytes.addAndGet(recordSize);
    }

    /** Counts bytes of records that are dead without an entry in the list (superseded copies found on opening). */
    void countDead(long recordSize) {
        deadBytes.addAndGet(recordSize);
    }

    long deadBytes() {
        return deadBytes.get();
    }

    /** The offsets in the list of deleted records (a torn last entry is ignored). */
    long[] deadOffsets() {
        try {
            byte[] bytes = Files.readAllBytes(deadLogOf(path));
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            long[] offsets = new long[bytes.length / Long.BYTES];
            for (int i = 0; i < offsets.length; i++) {
                offsets[i] = buffer.getLong();
            }
            return offsets;
        } catch (NoSuchFileException e) {
            return new long[0];
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + deadLogOf(path), e);
        }
    }

    /** The whole file, for checking every record when the store opens. */
    byte[] readAll() throws IOException {
        long size = size();
        if (size > Integer.MAX_VALUE - 16) {
            throw new IOException("the pack " + path.getFileName() + " is too large to check at once");
        }
        return size == 0 ? new byte[0] : read(0, (int) size);
    }

    @Override
    public void close() {
        closed = true;
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot close " + path, e);
        }
    }

    /** Closes and removes the pack, then its list of deleted records. */
    void delete() {
        close();
        try {
            Files.deleteIfExists(path);
            Files.deleteIfExists(deadLogOf(path));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove " + path, e);
        }
    }

    @Override
    public String toString() {
        return path.getFileName().toString();
    }

    /** An operation on the pack's channel. */
    private interface ChannelOperation<T> {
        T run(FileChannel channel) throws IOException;
    }

    /** {@link #io}, failing with "Cannot {@code verb} (the pack)" when the operation does. */
    private void ioOrFail(String verb, ChannelOperation<Void> operation) {
        try {
            io(operation);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot " + verb + " " + path, e);
        }
    }

    /**
     * Runs {@code operation} on the channel as if the thread were not interrupted. Java closes a file channel for
     * every thread when one thread is interrupted during an operation on it (a backup run that is cancelled or stopped
     * interrupts its capture threads); such a channel is opened again and the operation repeated, and the thread's
     * interrupt is kept for it to handle afterwards. Positional reads and writes can be repeated safely.
     */
    private <T> T io(ChannelOperation<T> operation) throws IOException {
        boolean interrupted = false;
        try {
            for (int attempt = 1; ; attempt++) {
                interrupted |= Thread.interrupted();
                FileChannel current = channel;
                try {
                    return operation.run(current);
                } catch (ClosedChannelException e) {
                    if (closed || attempt >= 5) {
                        throw e;
                    }
                    reopen(current);
                }
            }
        } finally {
            if (interrupted || Thread.interrupted()) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized void reopen(FileChannel failed) throws IOException {
        if (channel == failed && !closed) {
            channel = openChannel(path);
        }
    }

    private static FileChannel openChannel(Path path) throws IOException {
        return FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    }
}
