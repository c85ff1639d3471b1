package io.nocvault.drivers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Replays a {@link Transcript} as the device side of a {@link CliChannel}: a feeder thread delivers the device's
 * chunks to the dialog and, at each expected send, waits until the engine has sent exactly that. Not a mock: the
 * engine runs unchanged against a recording.
 */
final class RecordedDevice implements CliChannel {

    private final List<Transcript.Step> steps;
    private final List<Transcript.Expect> expects;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition consumed = lock.newCondition();
    private final List<String> problems = new ArrayList<>();
    private int nextExpect;
    private CliDialog dialog;
    private Thread feeder;

    RecordedDevice(Transcript transcript) {
        this.steps = transcript.steps();
        this.expects = steps.stream()
                .filter(Transcript.Expect.class::isInstance)
                .map(Transcript.Expect.class::cast)
                .toList();
    }

    /** Starts replaying into the dialog. */
    void attach(CliDialog dialog) {
        this.dialog = dialog;
        this.feeder = Thread.ofVirtual().name("recorded-device").start(this::feed);
    }

    @Override
    public void send(String text) {
        lock.lock();
        try {
            if (nextExpect >= expects.size()) {
                problems.add("unexpected send after the end of the recording: " + printable(text));
            } else if (!expects.get(nextExpect).text().equals(text)) {
                problems.add("send #" + (nextExpect + 1) + ": expected "
                        + printable(expects.get(nextExpect).shown()) + " but the engine sent something else");
                nextExpect = expects.size();
                dialog.onClosed();
            } else {
                nextExpect++;
            }
            consumed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Problems seen so far, plus expected sends that never came. */
    List<String> problems() throws InterruptedException {
        feeder.join(5_000);
        lock.lock();
        try {
            List<String> all = new ArrayList<>(problems);
            if (nextExpect < expects.size()) {
                all.add("the engine never sent "
                        + printable(expects.get(nextExpect).shown()));
            }
            return all;
        } finally {
            lock.unlock();
        }
    }

    private void feed() {
        int expectIndex = 0;
        try {
            for (Transcript.Step step : steps) {
                switch (step) {
                    case Transcript.Device(String text) -> dialog.onData(text);
                    case Transcript.Pause(long millis) -> Thread.sleep(millis);
                    case Transcript.Close() -> dialog.onClosed();
                    case Transcript.Expect e -> awaitSend(++expectIndex);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitSend(int count) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (nextExpect < count && System.nanoTime() < deadline) {
                consumed.awaitNanos(deadline - System.nanoTime());
            }
        } finally {
            lock.unlock();
        }
    }

    private static String printable(String text) {
        return "'" + text.replace("\r", "\\r").replace("\n", "\\n").replace("\u0004", "^D") + "'";
    }
}
