package io.nocvault.backup.run;

/**
 * The thread backing up one device and what it is doing, so that a cancel or the device time limit interrupts it
 * only while it waits or talks to the device, never while it writes to the store (which would leave a write
 * half done; the store's writes are short and bounded).
 */
final class DeviceWork {

    enum Phase {
        WAITING,
        CAPTURING,
        STORING,
        DONE
    }

    private final Thread thread;
    private Phase phase = Phase.WAITING;
    private boolean timedOut;

    DeviceWork(Thread thread) {
        this.thread = thread;
    }

    /** Moves to the next phase; entering {@link Phase#STORING} clears an interrupt that came too late. */
    synchronized void enter(Phase next) {
        phase = next;
        if (next == Phase.STORING || next == Phase.DONE) {
            Thread.interrupted();
        }
    }

    /** Interrupts the thread if it waits or captures. */
    synchronized void interrupt() {
        if (phase == Phase.WAITING || phase == Phase.CAPTURING) {
            thread.interrupt();
        }
    }

    /** The device time limit has passed. */
    synchronized void timeUp() {
        timedOut = true;
        interrupt();
    }

    synchronized boolean timedOut() {
        return timedOut;
    }
}
