package io.nocvault.backup.internal;

import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The store's locks within this node. Work on one device (recording, deleting, retention) holds the shared side
 * of the store lock and that device's lock; removing unreferenced blobs holds the exclusive side, so a blob is
 * never deleted between "it exists, reuse it" and the commit of the version that refers to it. The device's
 * database row is locked as well ({@code select … for update}), which keeps several nodes on one database apart;
 * the lock here spares the database long lock waits. Never call {@link #exclusive} inside {@link #forDevice}.
 */
@Component
class StoreLock {

    private static final int STRIPES = 256;

    private final ReentrantReadWriteLock store = new ReentrantReadWriteLock();
    private final ReentrantLock[] devices = new ReentrantLock[STRIPES];

    StoreLock() {
        for (int i = 0; i < STRIPES; i++) {
            devices[i] = new ReentrantLock();
        }
    }

    <T> T forDevice(long deviceId, Supplier<T> work) {
        ReentrantLock device = devices[Math.floorMod(Long.hashCode(deviceId), STRIPES)];
        store.readLock().lock();
        try {
            device.lock();
            try {
                return work.get();
            } finally {
                device.unlock();
            }
        } finally {
            store.readLock().unlock();
        }
    }

    <T> T exclusive(Supplier<T> work) {
        store.writeLock().lock();
        try {
            return work.get();
        } finally {
            store.writeLock().unlock();
        }
    }
}
