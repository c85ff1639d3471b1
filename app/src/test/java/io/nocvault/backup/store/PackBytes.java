package io.nocvault.backup.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/** Reads and changes a blob's stored bytes in its pack file, for tests that damage a store on purpose. */
public final class PackBytes {

    private PackBytes() {}

    /** Flips one bit of the byte at {@code position} of the blob's stored bytes. */
    public static void flip(PackBlobStore store, String id, int position) throws IOException {
        PackBlobStore.BlobLocation location = store.locate(id);
        try (FileChannel channel =
                FileChannel.open(location.file(), StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            ByteBuffer one = ByteBuffer.allocate(1);
            channel.read(one, location.offset() + position);
            one.put(0, (byte) (one.get(0) ^ 0x01));
            channel.write(one.rewind(), location.offset() + position);
        }
    }

    /** The blob's stored bytes. */
    public static byte[] payload(PackBlobStore store, String id) throws IOException {
        PackBlobStore.BlobLocation location = store.locate(id);
        try (FileChannel channel = FileChannel.open(location.file(), StandardOpenOption.READ)) {
            ByteBuffer bytes = ByteBuffer.allocate(location.length());
            channel.read(bytes, location.offset());
            return bytes.array();
        }
    }

    public static void overwrite(PackBlobStore.BlobLocation at, byte[] bytes) throws IOException {
        try (FileChannel channel = FileChannel.open(at.file(), StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(bytes), at.offset());
        }
    }
}
