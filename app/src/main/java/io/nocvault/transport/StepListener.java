package io.nocvault.transport;

import java.time.Duration;

/** Told about each connection step as it completes or fails (the "test connection" report uses it). */
public interface StepListener {

    StepListener NONE = (step, ok, took, error) -> {};

    void step(ConnectStep step, boolean ok, Duration took, String error);
}
