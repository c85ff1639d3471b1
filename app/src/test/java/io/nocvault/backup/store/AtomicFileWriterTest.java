package io.nocvault.backup.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileWriterTest {

    @TempDir
    Path root;

    /** Writes the first half, then fails like a full disk. */
    static final class FailingWriter extends AtomicFileWriter {
        @Override
        protected void writeAll(FileChannel channel, byte[] data) throws IOException {
            channel.write(ByteBuffer.wrap(data, 0, data.length / 2));
            throw new IOException("No space left on device");
        }
    }

    @Test
    void writesTheWholeFile() throws IOException {
        Path target = root.resolve("file");
        new AtomicFileWriter().write(target, "complete".getBytes(StandardCharsets.UTF_8));

        assertThat(target).hasContent("complete");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void aFailedWriteLeavesNoFileAndNoTemporaryFile() throws IOException {
        Path target = root.resolve("file");

        assertThatThrownBy(() -> new FailingWriter().write(target, new byte[4096]))
                .hasRootCauseMessage("No space left on device");

        assertThat(files()).isEmpty();
    }

    @Test
    void aFailedWriteKeepsTheOldFile() throws IOException {
        Path target = root.resolve("file");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> new FailingWriter().write(target, new byte[4096]));

        assertThat(target).hasContent("old");
        assertThat(files()).containsExactly(target);
    }

    @Test
    void theStoreHasNoTraceOfABlobWhoseWriteFailed() throws IOException {
        LocalBlobStore store = new LocalBlobStore(root, new BlobCodec(new TestSecretBox(), 3), new FailingWriter());
        byte[] config = Configs.bytes(Configs.lines(100, 9));

        assertThatThrownBy(() -> store.put(config)).hasRootCauseMessage("No space left on device");

        assertThat(store.exists(Sha256.hex(config))).isFalse();
        assertThat(store.usedBytes()).isZero();
        assertThat(files()).isEmpty();
    }

    private java.util.List<Path> files() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
