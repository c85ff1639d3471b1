package io.nocvault.schedule;

import io.nocvault.inventory.DevicePinger;
import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;

/** The inventory's ping test as the schedule module sees it: counts the scheduled {@link #pingAll()} calls. */
public final class RecordingPinger implements DevicePinger {

    private final AtomicInteger pingAllCalls = new AtomicInteger();

    @Override
    public PingReport ping(Collection<Long> deviceIds) {
        throw new UnsupportedOperationException("schedules only ping all devices");
    }

    @Override
    public PingReport pingAll() {
        pingAllCalls.incrementAndGet();
        return new PingReport(0, 0, 0, 0);
    }

    public int pingAllCalls() {
        return pingAllCalls.get();
    }
}
