package io.nocvault.backup.store;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A pack store in a fresh directory for each test, closed after it; {@link #reopen} opens it again as a restart would. */
abstract class PackStoreTestBase {

    @TempDir
    Path root;

    TestSecretBox box;
    PackBlobStore store;

    @BeforeEach
    void open() {
        box = new TestSecretBox();
        store = new PackBlobStore(root, new BlobCodec(box, 6));
    }

    @AfterEach
    void close() {
        store.close();
    }

    PackBlobStore reopen() {
        store.close();
        store = new PackBlobStore(root, new BlobCodec(box, 6));
        return store;
    }
}
