package io.nocvault.backup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.backup.BlobCorruptException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What opening a pack store makes of a crash: an unfinished write, damage, a half-done compaction, the old layout. */
class PackRecoveryTest extends PackStoreTestBase {

    @Test
    void anUnfinishedWriteAtTheEndIsCutOffWhenTheStoreOpens() throws IOException {
        BlobRef a = store.put(Configs.bytes(Configs.lines(80, 9)));
        Path pack = store.locate(a.id()).file();
        long whole = Files.size(pack);
        byte[] torn = PackRecord.encode(
                Sha256.hex(new byte[] {7}),
                Configs.bytes(Configs.lines(80, 10)),
                Instant.now().toEpochMilli());
        store.close();

        for (int length : new int[] {3, PackRecord.HEADER - 1, PackRecord.HEADER + 5, torn.length - 1}) {
            try (FileChannel channel = FileChannel.open(pack, StandardOpenOption.APPEND)) {
                channel.write(ByteBuffer.wrap(torn, 0, length));
            }
            store = new PackBlobStore(root, new BlobCodec(box, 6));

            assertThat(Files.size(pack))
                    .as("cut after %d bytes of a record", length)
                    .isEqualTo(whole);
            assertThat(store.get(a.id())).isEqualTo(Configs.bytes(Configs.lines(80, 9)));
            assertThat(store.exists(Sha256.hex(new byte[] {7}))).isFalse();
            store.close();
        }
        store = new PackBlobStore(root, new BlobCodec(box, 6));
        BlobRef b = store.put(Configs.bytes(Configs.lines(80, 11)));
        assertThat(reopen().get(b.id())).isEqualTo(Configs.bytes(Configs.lines(80, 11)));
    }

    @Test
    void damageInsideAPackIsNeverCutAway() throws IOException {
        BlobRef a = store.put(Configs.bytes(Configs.lines(60, 12)));
        BlobRef b = store.put(Configs.bytes(Configs.lines(60, 13)));
        BlobRef c = store.put(Configs.bytes(Configs.lines(60, 14)));
        PackBlobStore.BlobLocation damaged = store.locate(b.id());
        long size = Files.size(damaged.file());
        store.close();
        PackBytes.overwrite(
                new PackBlobStore.BlobLocation(damaged.file(), damaged.offset() - PackRecord.HEADER, 1),
                new byte[] {'X'});

        reopen();

        assertThat(Files.size(damaged.file())).isEqualTo(size);
        assertThat(store.get(a.id())).isEqualTo(Configs.bytes(Configs.lines(60, 12)));
        assertThat(store.get(c.id())).isEqualTo(Configs.bytes(Configs.lines(60, 14)));
        assertThatThrownBy(() -> store.get(b.id()))
                .isInstanceOf(BlobCorruptException.class)
                .hasMessageContaining("missing");
    }

    @Test
    void aCrashDuringCompactionLeavesEveryBlobOnceAndReadable() throws IOException {
        BlobRef a = store.put(Configs.bytes(Configs.lines(70, 15)));
        BlobRef b = store.put(Configs.bytes(Configs.lines(70, 16)));
        long used = store.usedBytes();
        store.close();
        // the copies were written and flushed, the old pack not yet removed
        Files.copy(root.resolve("pack-000001.nvp"), root.resolve("pack-000002.nvp"));

        reopen();

        assertThat(store.usedBytes()).isEqualTo(used);
        assertThat(store.locate(a.id()).file()).isEqualTo(root.resolve("pack-000002.nvp"));
        assertThat(store.compact()).isEqualTo(Files.size(root.resolve("pack-000002.nvp")));
        assertThat(root.resolve("pack-000001.nvp")).doesNotExist();
        reopen();
        assertThat(store.get(a.id())).isEqualTo(Configs.bytes(Configs.lines(70, 15)));
        assertThat(store.get(b.id())).isEqualTo(Configs.bytes(Configs.lines(70, 16)));
    }

    @Test
    void blobFilesOfTheEarlierLayoutAreMovedIntoPacks() throws IOException {
        byte[] content = Configs.bytes(Configs.lines(90, 17));
        BlobRef ref = store.put(content);
        byte[] encoded = PackBytes.payload(store, ref.id());
        store.close();
        Files.delete(root.resolve("pack-000001.nvp"));
        Path directory = Files.createDirectories(root.resolve(ref.id().substring(0, 2)));
        Path loose = directory.resolve(ref.id() + ".nvb");
        Files.write(loose, encoded);
        Instant written = Instant.parse("2026-03-01T10:00:00Z");
        Files.setLastModifiedTime(loose, FileTime.from(written));
        Files.write(directory.resolve("." + ref.id() + ".nvb.123.tmp"), new byte[] {1, 2});

        reopen();

        assertThat(store.get(ref.id())).isEqualTo(content);
        assertThat(store.storedAt(ref.id())).isEqualTo(written);
        assertThat(directory).doesNotExist();
        assertThat(store.usedBytes()).isEqualTo(encoded.length + 56);
        assertThat(reopen().get(ref.id())).isEqualTo(content);
    }
}
