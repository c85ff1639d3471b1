package io.nocvault.schedule;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting for db-scheduler (which polls every 100 ms in schedule tests). */
final class Await {

    private Await() {}

    /** Waits until the condition holds; fails with {@code what} after {@code timeout}. */
    static void until(String what, Duration timeout, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Timed out waiting for: " + what);
            }
            pause(Duration.ofMillis(25));
        }
    }

    /** Gives the scheduler several polls to do something it should not do. */
    static void quietPeriod() {
        pause(Duration.ofMillis(700));
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
