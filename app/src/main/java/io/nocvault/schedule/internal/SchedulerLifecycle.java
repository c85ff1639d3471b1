package io.nocvault.schedule.internal;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Starts db-scheduler once the application is up (after giving every enabled schedule its pending execution) and
 * stops it first when the application closes, waiting for running executions.
 */
@Component
class SchedulerLifecycle implements SmartLifecycle {

    private final Scheduler scheduler;
    private final ScheduleTrigger trigger;
    private volatile boolean running;

    SchedulerLifecycle(Scheduler scheduler, ScheduleTrigger trigger) {
        this.scheduler = scheduler;
        this.trigger = trigger;
    }

    @Override
    public void start() {
        trigger.reconcile();
        scheduler.start();
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        scheduler.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /**
     * A db-scheduler {@link Scheduler} cannot start again once stopped, so a paused test context (Spring's context
     * cache stops the lifecycle of contexts not in use) keeps it running instead.
     */
    @Override
    public boolean isPauseable() {
        return false;
    }

    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
