package io.nocvault.transport;

import io.nocvault.drivers.CaptureException;
import io.nocvault.noc.JumpServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * "Test connection" for a device or a NOC's jump server: runs DNS, TCP, SSH handshake, host key, authentication
 * (and for a device the prompt and enable) and reports each step with its duration and exact error. Never
 * throws for a failed connection; the report says what failed.
 */
@Component
public class ConnectionTester {

    static final String PROMPT_STEP = "Prompt and enable";
    private static final String JUMP_PREFIX = "Jump server: ";

    private final SshConnector connector;
    private final DeviceCli cli;

    ConnectionTester(SshConnector connector, DeviceCli cli) {
        this.connector = connector;
        this.cli = cli;
    }

    public ConnectionReport testJump(JumpServer jump, TransportTimeouts timeouts) {
        Recorder steps = new Recorder("");
        try (JumpTunnel ignored = connector.openJump(JumpEndpoints.of(jump), timeouts, steps)) {
            return steps.report();
        } catch (TransportException e) {
            return steps.report();
        }
    }

    /** Tests a device, through its NOC's jump server when {@code jump} is not null. */
    public ConnectionReport testDevice(DeviceAccess device, JumpServer jump) {
        Recorder steps = new Recorder("");
        JumpTunnel tunnel = null;
        try {
            if (jump != null) {
                tunnel =
                        connector.openJump(JumpEndpoints.of(jump), device.timeouts(), new Recorder(JUMP_PREFIX, steps));
            }
            long start = System.nanoTime();
            try {
                cli.probe(device, tunnel, steps);
                steps.add(PROMPT_STEP, true, since(start), null);
            } catch (CaptureException e) {
                if (steps.allOk()) {
                    steps.add(PROMPT_STEP, false, since(start), e.getMessage());
                }
            }
        } catch (TransportException e) {
            // the failed step is already recorded
        } finally {
            if (tunnel != null) {
                tunnel.close();
            }
        }
        return steps.report();
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Collects steps; a prefixed recorder writes into its parent's list. */
    private static final class Recorder implements StepListener {
        private final String prefix;
        private final List<ConnectionReport.Step> steps;

        Recorder(String prefix) {
            this.prefix = prefix;
            this.steps = new ArrayList<>();
        }

        Recorder(String prefix, Recorder parent) {
            this.prefix = prefix;
            this.steps = parent.steps;
        }

        @Override
        public void step(ConnectStep step, boolean ok, Duration took, String error) {
            add(prefix + step.label(), ok, took, error);
        }

        synchronized void add(String name, boolean ok, Duration took, String error) {
            steps.add(new ConnectionReport.Step(name, ok, took.toMillis(), error));
        }

        synchronized boolean allOk() {
            return steps.stream().allMatch(ConnectionReport.Step::ok);
        }

        synchronized ConnectionReport report() {
            return new ConnectionReport(!steps.isEmpty() && allOk(), steps);
        }
    }
}
