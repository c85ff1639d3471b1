package io.nocvault.backup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.nocvault.backup.BlobCorruptException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBlobStoreTest {

    @TempDir
    Path root;

    TestSecretBox box;
    LocalBlobStore store;

    @BeforeEach
    void open() {
        box = new TestSecretBox();
        store = new LocalBlobStore(root, new BlobCodec(box, 6), new AtomicFileWriter());
    }

    @Test
    void roundTripIsIdenticalAndTheFileIsEncrypted() throws IOException {
        byte[] config = Configs.bytes(Configs.lines(500, 1));

        BlobRef ref = store.put(config);

        assertThat(ref.id()).isEqualTo(Sha256.hex(config));
        assertThat(ref.dictionaryId()).isNull();
        assertThat(store.get(ref.id())).isEqualTo(config);
        byte[] file = Files.readAllBytes(store.path(ref.id()));
        assertThat(file).hasSize((int) ref.storedSize());
        assertThat(ref.storedSize()).isLessThan(config.length / 2);
        assertThat(new String(file, StandardCharsets.ISO_8859_1))
                .startsWith("NVB")
                .doesNotContain("hostname");
        assertThat(store.path(ref.id())).hasParent(root.resolve(ref.id().substring(0, 2)));
        assertThat(store.usedBytes()).isEqualTo(ref.storedSize());
    }

    @Test
    void sameContentIsStoredOnce() throws IOException {
        byte[] config = Configs.bytes(Configs.lines(200, 2));
        BlobRef first = store.put(config);
        var written = Files.getLastModifiedTime(store.path(first.id()));
        byte[] fileBefore = Files.readAllBytes(store.path(first.id()));

        BlobRef second = store.put(config.clone());

        assertThat(second).isEqualTo(first);
        assertThat(Files.readAllBytes(store.path(first.id()))).isEqualTo(fileBefore);
        assertThat(Files.getLastModifiedTime(store.path(first.id()))).isEqualTo(written);
        assertThat(store.usedBytes()).isEqualTo(first.storedSize());
        try (Stream<String> ids = store.ids()) {
            assertThat(ids.toList()).containsExactly(first.id());
        }
    }

    @Test
    void everyFlippedByteIsDetected() throws IOException {
        byte[] config = Configs.bytes(Configs.lines(100, 3));
        BlobRef ref = store.put(config);
        Path file = store.path(ref.id());
        byte[] original = Files.readAllBytes(file);

        for (int position : new int[] {0, 4, 5, original.length / 2, original.length - 1}) {
            byte[] tampered = original.clone();
            tampered[position] ^= 0x01;
            Files.write(file, tampered);
            assertThatThrownBy(() -> store.get(ref.id()))
                    .as("byte %d flipped", position)
                    .isInstanceOf(BlobCorruptException.class)
                    .hasMessageContaining(ref.id())
                    .hasMessageNotContaining("hostname");
        }
        Files.write(file, original);
        assertThat(store.get(ref.id())).isEqualTo(config);
    }

    @Test
    void aBlobUnderAnotherIdDoesNotDecrypt() throws IOException {
        BlobRef a = store.put("config A\n".getBytes(StandardCharsets.UTF_8));
        BlobRef b = store.put("config B\n".getBytes(StandardCharsets.UTF_8));

        Files.copy(store.path(a.id()), store.path(b.id()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> store.get(b.id()))
                .isInstanceOf(BlobCorruptException.class)
                .hasMessageContaining("does not decrypt");
    }

    @Test
    void anotherKeyCannotReadTheStore() {
        BlobRef ref = store.put("secret config\n".getBytes(StandardCharsets.UTF_8));

        LocalBlobStore otherKey =
                new LocalBlobStore(root, new BlobCodec(new TestSecretBox(), 6), new AtomicFileWriter());

        assertThatThrownBy(() -> otherKey.get(ref.id())).isInstanceOf(BlobCorruptException.class);
    }

    @Test
    void aMissingFileIsCorruptNotEmpty() throws IOException {
        BlobRef ref = store.put("x\n".getBytes(StandardCharsets.UTF_8));
        Files.delete(store.path(ref.id()));

        assertThatThrownBy(() -> store.get(ref.id()))
                .isInstanceOf(BlobCorruptException.class)
                .hasMessageContaining("missing");
        assertThat(store.exists(ref.id())).isFalse();
    }

    @Test
    void aVersionCompressedAgainstItsPredecessorIsSmallAndReadsBack() {
        List<String> v1 = Configs.lines(2000, 4);
        List<String> v2 = Configs.edit(v1, 20, 5);
        BlobRef first = store.put(Configs.bytes(v1));
        BlobRef standalone = new LocalBlobStore(root.resolve("other"), new BlobCodec(box, 6), new AtomicFileWriter())
                .put(Configs.bytes(v2));

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
        byte[] dictionaryFile = Files.readAllBytes(store.path(first.id()));

        byte[] altered = dictionaryFile.clone();
        altered[altered.length - 3] ^= 0x40;
        Files.write(store.path(first.id()), altered);
        assertThatThrownBy(() -> store.get(second.id()))
                .isInstanceOf(BlobCorruptException.class)
                .hasMessageContaining(first.id());

        store.delete(first.id());
        assertThatThrownBy(() -> store.get(second.id())).isInstanceOf(BlobCorruptException.class);
    }

    @Test
    void deleteAndUsedBytesAndLeftoversOfACrash() throws IOException {
        BlobRef a = store.put("a\n".getBytes(StandardCharsets.UTF_8));
        BlobRef b = store.put("b\n".getBytes(StandardCharsets.UTF_8));
        assertThat(store.usedBytes()).isEqualTo(a.storedSize() + b.storedSize());

        store.delete(a.id());
        store.delete(a.id());

        assertThat(store.exists(a.id())).isFalse();
        assertThat(store.usedBytes()).isEqualTo(b.storedSize());
        Path leftover = store.path(b.id()).resolveSibling("." + b.id() + ".nvb.123" + AtomicFileWriter.TEMP_SUFFIX);
        Files.write(leftover, new byte[] {1, 2});

        LocalBlobStore reopened = new LocalBlobStore(root, new BlobCodec(box, 6), new AtomicFileWriter());

        assertThat(leftover).doesNotExist();
        assertThat(reopened.usedBytes()).isEqualTo(b.storedSize());
        assertThat(reopened.get(b.id())).isEqualTo("b\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void blobsWrittenAtAnotherCompressionLevelStayReadableAndServeAsDictionaries() {
        List<String> first = Configs.lines(800, 5);
        List<String> second = Configs.edit(first, 4, 6);
        List<String> third = Configs.edit(second, 4, 7);
        BlobRef base = store.put(Configs.bytes(first));
        BlobRef delta = store.put(Configs.bytes(second), base.id());

        LocalBlobStore stronger = new LocalBlobStore(root, new BlobCodec(box, 15), new AtomicFileWriter());
        BlobRef next = stronger.put(Configs.bytes(third), delta.id());

        assertThat(next.dictionaryId()).isEqualTo(delta.id());
        assertThat(stronger.get(delta.id())).isEqualTo(Configs.bytes(second));
        assertThat(stronger.get(next.id())).isEqualTo(Configs.bytes(third));
        assertThat(store.get(next.id())).isEqualTo(Configs.bytes(third));
    }
}
