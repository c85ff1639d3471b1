package io.nocvault.backup.internal;

import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Keeps blob removal apart from recording: recording (which may reuse an existing blob) holds the shared side,
 * removing unreferenced blobs the exclusive side, so a blob is never deleted between "it exists, reuse it" and the
 * commit of the version that refers to it. One node; several nodes on one database need a database lock here.
 */
@Component
class StoreLock {

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

    <T> T shared(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
        }
    }

    <T> T exclusive(Supplier<T> work) {
        lock.writeLock().lock();
        try {
            return work.get();
        } finally {
            lock.writeLock().unlock();
        }
    }
}
