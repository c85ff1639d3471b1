package io.nocvault.transport.internal;

import io.nocvault.transport.ConnectStep;
import io.nocvault.transport.StepListener;
import io.nocvault.transport.TransportException;
import java.time.Duration;

/** Times each step, reports it, and turns a failure into a {@link TransportException} naming the step. */
final class StepClock {

    interface Work<T> {
        T run() throws Exception;
    }

    private final StepListener listener;
    private final boolean viaJump;

    StepClock(StepListener listener, boolean viaJump) {
        this.listener = listener;
        this.viaJump = viaJump;
    }

    <T> T step(ConnectStep step, Work<T> work) {
        long start = System.nanoTime();
        try {
            T result = work.run();
            listener.step(step, true, Duration.ofNanos(System.nanoTime() - start), null);
            return result;
        } catch (TransportException e) {
            listener.step(step, false, Duration.ofNanos(System.nanoTime() - start), e.getMessage());
            throw e;
        } catch (Exception e) {
            TransportException failure = FailureText.classify(step, e, viaJump);
            listener.step(step, false, Duration.ofNanos(System.nanoTime() - start), failure.getMessage());
            throw failure;
        }
    }

    boolean viaJump() {
        return viaJump;
    }

    TransportException fail(ConnectStep step, boolean timedOut, String message) {
        return new TransportException(step, timedOut, viaJump, message);
    }
}
