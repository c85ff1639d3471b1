package io.nocvault.backup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.backup.BlobCorruptException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PackBlobStoreTest extends PackStoreTestBase {

    @Test
    void roundTripIsIdenticalAndThePackIsEncrypted() throws IOException {
        byte[] config = Configs.bytes(Configs.lines(500, 1));

        BlobRef ref = store.put(config);

        assertThat(ref.id()).isEqualTo(Sha256.hex(config));
        assertThat(ref.dictionaryId()).isNull();
        assertThat(store.get(ref.id())).isEqualTo(config);
        PackBlobStore.BlobLocation location = store.locate(ref.id());
        assertThat(location.file()).isEqualTo(root.resolve("pack-000001.nvp"));
        assertThat(location.length()).isEqualTo(ref.storedSize());
        assertThat(ref.storedSize()).isLessThan(config.length / 2);
        String pack = new String(Files.readAllBytes(location.file()), StandardCharsets.ISO_8859_1);
        assertThat(pack.substring((int) location.offset())).startsWith("NVB");
        assertThat(pack).doesNotContain("hostname");
        assertThat(store.usedBytes()).isEqualTo(Files.size(location.file())).isEqualTo(ref.storedSize() + 56);
    }

    @Test
    void sameContentIsStoredOnce() throws IOException {
        byte[] config = Configs.bytes(Configs.lines(200, 2));
        BlobRef first = store.put(config);
        byte[] packBefore = Files.readAllBytes(store.locate(first.id()).file());

        BlobRef second = store.put(config.clone());

        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(store.locate(first.id()).file())).isEqualTo(packBefore);
        try (Stream<String> ids = store.ids()) {
            assertThat(ids.toList()).containsExactly(first.id());
        }
    }

    @Test
    void everyFlippedByteIsDetected() throws IOException {
        byte[] config = Configs.bytes(Configs.lines(100, 3));
        BlobRef ref = store.put(config);
        int length = store.locate(ref.id()).length();

        for (int position : new int[] {0, 4, 5, length / 2, length - 1}) {
            PackBytes.flip(store, ref.id(), position);
            assertThatThrownBy(() -> store.get(ref.id()))
                    .as("byte %d flipped", position)
                    .isInstanceOf(BlobCorruptException.class)
                    .hasMessageContaining(ref.id())
                    .hasMessageNotContaining("hostname");
            PackBytes.flip(store, ref.id(), position);
        }
        assertThat(store.get(ref.id())).isEqualTo(config);
    }

    @Test
    void aBlobUnderAnotherIdDoesNotDecrypt() throws IOException {
        BlobRef a = store.put("config A\n".getBytes(StandardCharsets.UTF_8));
        BlobRef b = store.put("config B\n".getBytes(StandardCharsets.UTF_8));
        assertThat(a.storedSize()).isEqualTo(b.storedSize());

        PackBytes.overwrite(store.locate(b.id()), PackBytes.payload(store, a.id()));

        assertThatThrownBy(() -> store.get(b.id()))
                .isInstanceOf(BlobCorruptException.class)
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void anotherKeyCannotReadTheStore() {
        BlobRef ref = store.put("secret config\n".getBytes(StandardCharsets.UTF_8));
        store.close();

        store = new PackBlobStore(root, new BlobCodec(new TestSecretBox(), 6));

        assertThatThrownBy(() -> store.get(ref.id())).isInstanceOf(BlobCorruptException.class);
    }

    @Test
    void aDeletedBlobIsCorruptNotEmpty() {
        BlobRef ref = store.put("x\n".getBytes(StandardCharsets.UTF_8));
        store.delete(ref.id());

        assertThatThrownBy(() -> store.get(ref.id()))
                .isInstanceOf(BlobCorruptException.class)
                .hasMessageContaining("missing");
        assertThat(store.exists(ref.id())).isFalse();
        assertThatThrownBy(() -> store.storedAt(ref.id())).isInstanceOf(BlobCorruptException.class);
    }

    @Test
    void aVersionCompressedAgainstItsPredecessorIsSmallAndReadsBack() {
        List<String> v1 = Configs.lines(2000, 4);
        List<String> v2 = Configs.edit(v1, 20, 5);
        BlobRef first = store.put(Configs.bytes(v1));
        BlobRef standalone;
        try (PackBlobStore other = new PackBlobStore(root.resolve("other"), new BlobCodec(box, 6))) {
            standalone = other.put(Configs.bytes(v2));
        }

        BlobRef second = store.put(Configs.bytes(v2), first.id());

        assertThat(second.dictionaryId()).isEqualTo(first.id());
        assertThat(second.storedSize()).isLessThan(standalone.storedSize() / 5);
        assertThat(store.get(second.id())).isEqualTo(Configs.bytes(v2));
        assertThat(store.describe(second.id()).dictionaryId()).isEqualTo(first.id());
    }

    @Test
    void unrelatedContentIgnoresTheDictionary() {
        BlobRef first = store.put(Configs.bytes(Configs.lines(50, 6)));

        BlobRef other = store.put(new byte[] {1, 2, 3}, first.id());

        assertThat(other.dictionaryId()).isNull();
    }

    @Test
    void aDependentBlobIsCorruptWhenItsDictionaryIsGoneOrAltered() throws IOException {
        List<String> v1 = Configs.lines(300, 7);
        BlobRef first = store.put(Configs.bytes(v1));
        BlobRef second = store.put(Configs.bytes(Configs.edit(v1, 3, 8)), first.id());

        PackBytes.flip(store, first.id(), (int) first.storedSize() - 3);
        assertThatThrownBy(() -> store.get(second.id()))
                .isInstanceOf(BlobCorruptException.class)
                .hasMessageContaining(first.id());

        store.delete(first.id());
        assertThatThrownBy(() -> store.get(second.id())).isInstanceOf(BlobCorruptException.class);
    }

    @Test
    void deletesAndUsedBytesSurviveAReopen() {
        BlobRef a = store.put("a\n".getBytes(StandardCharsets.UTF_8));
        BlobRef b = store.put("b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(store.usedBytes()).isEqualTo(a.storedSize() + b.storedSize() + 2 * 56);

        store.delete(a.id());
        store.delete(a.id());

        assertThat(store.exists(a.id())).isFalse();
        assertThat(store.usedBytes()).isEqualTo(b.storedSize() + 56);
        reopen();
        assertThat(store.exists(a.id())).isFalse();
        assertThat(store.usedBytes()).isEqualTo(b.storedSize() + 56);
        assertThat(store.get(b.id())).isEqualTo("b\n".getBytes(StandardCharsets.UTF_8));
        BlobRef again = store.put("a\n".getBytes(StandardCharsets.UTF_8));
        assertThat(reopen().get(again.id())).isEqualTo("a\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void compactionRewritesMostlyDeletedPacksAndEveryOtherBlobStaysReadable() throws IOException {
        store.close();
        store = new PackBlobStore(root, new BlobCodec(box, 6), Clock.systemUTC(), 4096);
        List<BlobRef> refs = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            refs.add(store.put(Configs.bytes(Configs.lines(40, 100 + i))));
        }
        int packsBefore = packFiles().size();
        assertThat(packsBefore).isGreaterThan(5);
        List<BlobRef> kept = new ArrayList<>();
        for (int i = 0; i < refs.size(); i++) {
            if (i % 4 == 0) {
                kept.add(refs.get(i));
            } else {
                store.delete(refs.get(i).id());
            }
        }
        long used = store.usedBytes();
        long onDisk = packBytes();

        long freed = store.compact();

        assertThat(freed).isPositive();
        assertThat(packBytes()).isEqualTo(onDisk - freed).isLessThan(onDisk / 2);
        assertThat(packFiles().size()).isLessThan(packsBefore);
        assertThat(store.usedBytes()).isEqualTo(used);
        for (BlobRef ref : kept) {
            assertThat(store.get(ref.id())).isEqualTo(Configs.bytes(Configs.lines(40, 100 + refs.indexOf(ref))));
        }
        try (Stream<Path> files = Files.list(root)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allMatch(name -> name.matches("pack-\\d{6}\\.(nvp|dead)"));
        }
        store.close();
        store = new PackBlobStore(root, new BlobCodec(box, 6), Clock.systemUTC(), 4096);
        try (Stream<String> ids = store.ids()) {
            assertThat(ids.toList())
                    .containsExactlyInAnyOrderElementsOf(
                            kept.stream().map(BlobRef::id).toList());
        }
        assertThat(store.usedBytes()).isEqualTo(used);
    }

    @Test
    void concurrentWritersAllLand() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < 16; t++) {
            int thread = t;
            futures.add(pool.submit(() -> {
                List<String> ids = new ArrayList<>();
                for (int i = 0; i < 40; i++) {
                    ids.add(store.put(Configs.bytes(Configs.lines(30, thread * 1000L + i)))
                            .id());
                }
                return ids;
            }));
        }
        Set<String> ids = new HashSet<>();
        for (Future<List<String>> future : futures) {
            ids.addAll(future.get());
        }
        pool.shutdown();

        reopen();

        assertThat(ids).hasSize(640);
        try (Stream<String> stored = store.ids()) {
            assertThat(stored.toList()).containsExactlyInAnyOrderElementsOf(ids);
        }
        for (int t = 0; t < 16; t += 5) {
            byte[] content = Configs.bytes(Configs.lines(30, t * 1000L + 39));
            assertThat(store.get(Sha256.hex(content))).isEqualTo(content);
        }
    }

    @Test
    void blobsWrittenAtAnotherCompressionLevelStayReadableAndServeAsDictionaries() {
        List<String> first = Configs.lines(800, 5);
        List<String> second = Configs.edit(first, 4, 6);
        List<String> third = Configs.edit(second, 4, 7);
        BlobRef base = store.put(Configs.bytes(first));
        BlobRef delta = store.put(Configs.bytes(second), base.id());
        store.close();

        store = new PackBlobStore(root, new BlobCodec(box, 15));
        BlobRef next = store.put(Configs.bytes(third), delta.id());

        assertThat(next.dictionaryId()).isEqualTo(delta.id());
        assertThat(store.get(delta.id())).isEqualTo(Configs.bytes(second));
        assertThat(store.get(next.id())).isEqualTo(Configs.bytes(third));
        assertThat(reopen().get(next.id())).isEqualTo(Configs.bytes(third));
    }

    private List<Path> packFiles() throws IOException {
        try (Stream<Path> files = Files.list(root)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".nvp"))
                    .toList();
        }
    }

    private long packBytes() throws IOException {
        long total = 0;
        for (Path pack : packFiles()) {
            total += Files.size(pack);
        }
        return total;
    }
}
