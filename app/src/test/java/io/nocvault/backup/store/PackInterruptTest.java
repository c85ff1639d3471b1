package io.nocvault.backup.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A backup run that is cancelled or stopped interrupts its capture threads, which may be reading or writing the store
 * at that moment. Java then closes the pack's file channel for every thread; the store must go on working for all
 * of them, and for the interrupted thread too.
 */
class PackInterruptTest {

    @TempDir
    Path root;

    @Test
    void interruptedReadersAndWritersDoNotBreakTheStoreForAnyone() throws Exception {
        TestSecretBox box = new TestSecretBox();
        List<byte[]> contents = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger written = new AtomicInteger();
        try (PackBlobStore store = new PackBlobStore(root, new BlobCodec(box, 3))) {
            for (int i = 0; i < 50; i++) {
                byte[] content = Configs.bytes(Configs.lines(200, i));
                contents.add(content);
                ids.add(store.put(content).id());
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> workers = new ArrayList<>();
            for (int t = 0; t < 12; t++) {
                int worker = t;
                workers.add(Thread.ofPlatform().start(() -> {
                    for (int n = 0; !stop.get(); n++) {
                        try {
                            int i = ThreadLocalRandom.current().nextInt(ids.size());
                            assertThat(store.get(ids.get(i))).isEqualTo(contents.get(i));
                            if (worker % 3 == 0) {
                                store.put(Configs.bytes(Configs.lines(50, 1000L * worker + n)));
                                written.incrementAndGet();
                            }
                        } catch (Throwable e) {
                            if (!(e.getCause() instanceof java.nio.channels.ClosedByInterruptException)) {
                                failures.add(e);
                            }
                        }
                        Thread.interrupted();
                    }
                }));
            }
            for (int i = 0; i < 300; i++) {
                workers.get(ThreadLocalRandom.current().nextInt(workers.size())).interrupt();
                Thread.sleep(1);
            }
            stop.set(true);
            for (Thread worker : workers) {
                worker.join();
            }
            assertThat(failures)
                    .as("failures of threads that were not interrupted, or not cleanly")
                    .isEmpty();
            for (int i = 0; i < ids.size(); i++) {
                assertThat(store.get(ids.get(i))).isEqualTo(contents.get(i));
            }
            assertThat(store.put("after\n".getBytes()).id()).isNotNull();
        }
        try (PackBlobStore reopened = new PackBlobStore(root, new BlobCodec(box, 3))) {
            assertThat(reopened.get(ids.getFirst())).isEqualTo(contents.getFirst());
            assertThat(written.get()).isPositive();
        }
    }
}
