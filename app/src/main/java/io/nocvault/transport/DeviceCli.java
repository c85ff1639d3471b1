package io.nocvault.transport;

import io.nocvault.drivers.CaptureException;
import io.nocvault.drivers.CaptureResult;
import io.nocvault.drivers.CliDialog;
import io.nocvault.drivers.DialogEngine;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.FailureKind;
import io.nocvault.transport.internal.TransportProperties;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Drives a device's CLI: opens the shell through {@link SshConnector} and runs the driver's dialog over it.
 * Every failure, whether of the connection or of the dialog, comes out as a {@link CaptureException} with its
 * {@link FailureKind}. The dialog runs with the device's effective {@link DeviceAccess#timeouts()}, not with the
 * defaults inside its driver.
 */
@Component
public class DeviceCli {

    /**
     * Failures a jump server that stopped answering gives its devices as well: they wait out their timeouts, or lose
     * their channel when the jump session is closed in the middle of the configuration.
     */
    private static final Set<FailureKind> JUMP_SYMPTOMS = EnumSet.of(FailureKind.TIMEOUT, FailureKind.TRUNCATED_CONFIG);

    private final SshConnector connector;
    private final DialogEngine engine;
    private final Duration jumpAnswerWait;

    DeviceCli(SshConnector connector, DialogEngine engine, TransportProperties properties) {
        this.connector = connector;
        this.engine = engine;
        this.jumpAnswerWait = properties.jumpKeepAlive();
    }

    /** Captures the configuration and facts. {@code via} is the NOC's jump session, or null for direct. */
    public CaptureResult capture(DeviceAccess device, JumpTunnel via, StepListener steps) {
        return run(device, via, steps, CliDialog::capture);
    }

    /** Pushes a configuration with the driver's restore procedure, then captures again. */
    public CaptureResult restore(DeviceAccess device, JumpTunnel via, String config) {
        return run(device, via, StepListener.NONE, dialog -> dialog.restore(config));
    }

    /** Logs in, reaches the (privileged) prompt and logs out; answers the prompt. */
    public String probe(DeviceAccess device, JumpTunnel via, StepListener steps) {
        return run(device, via, steps, CliDialog::probe);
    }

    private <T> T run(DeviceAccess device, JumpTunnel via, StepListener steps, Function<CliDialog, T> work) {
        try {
            return runShell(device, via, steps, work);
        } catch (CaptureException e) {
            throw via == null ? e : blamingTheJump(e, via);
        }
    }

    /**
     * A device behind a jump server that failed as a stalled or lost jump session would make it fail is checked
     * against the jump server: if that no longer answers a keep-alive (its session is closed then), the failure is
     * the jump server's, a lost connection that the backup tries again through a new session.
     */
    private CaptureException blamingTheJump(CaptureException e, JumpTunnel via) {
        if (!JUMP_SYMPTOMS.contains(e.kind()) || via.answers(jumpAnswerWait)) {
            return e;
        }
        return new CaptureException(
                FailureKind.CONNECTION_LOST,
                "jump server",
                "the jump server stopped answering; the device had failed with '" + e.getMessage() + "'",
                e);
    }

    private <T> T runShell(DeviceAccess device, JumpTunnel via, StepListener steps, Function<CliDialog, T> work) {
        DeviceShell shell;
        try {
            shell = connector.openShell(device.endpoint(), via, device.timeouts(), steps);
        } catch (TransportException e) {
            throw asCaptureFailure(e);
        }
        try (shell) {
            Driver driver = device.driver().withTimeouts(device.timeouts().forDriver());
            CliDialog dialog = engine.open(driver, text -> send(shell, text), device.login(), device.vars());
            shell.onClose(dialog::onClosed);
            shell.onData(dialog::onData);
            return work.apply(dialog);
        }
    }

    private static void send(DeviceShell shell, String text) throws IOException {
        shell.send(text);
    }

    /** The one mapping from connection steps to failure kinds. */
    public static CaptureException asCaptureFailure(TransportException e) {
        FailureKind kind = e.timedOut()
                ? FailureKind.TIMEOUT
                : e.connectionLost()
                        ? FailureKind.CONNECTION_LOST
                        : switch (e.step()) {
                            case DNS -> FailureKind.DNS;
                            case TCP_CONNECT -> FailureKind.TCP_CONNECT;
                            case SSH_HANDSHAKE, SHELL -> FailureKind.SSH_HANDSHAKE;
                            case HOST_KEY -> FailureKind.HOST_KEY_MISMATCH;
                            case AUTHENTICATION -> FailureKind.AUTHENTICATION;
                        };
        String step = (e.viaJump() ? "jump server " : "") + e.step().label().toLowerCase();
        return new CaptureException(kind, step, e.getMessage().replaceFirst("^[A-Za-z ]+ failed: ", ""));
    }
}
