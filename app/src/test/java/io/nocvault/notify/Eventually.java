package io.nocvault.notify;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/** Polls until a value satisfies a condition: for results of background deliveries. */
final class Eventually {

    private Eventually() {}

    static <T> T get(Supplier<T> value, Predicate<T> done) {
        return get(Duration.ofSeconds(20), value, done);
    }

    static <T> T get(Duration timeout, Supplier<T> value, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + timeout + "; last value: " + last);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = value.get();
        }
        return last;
    }
}
