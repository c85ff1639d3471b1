package io.nocvault.demo.internal;

import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.SmartLifecycle;

/**
 * The running demo lab: starts the in-process simulator (the devices on 127.0.0.1, one simulated jump server),
 * puts the two demo NOCs and their devices into the inventory, starts one backup run of the devices never backed
 * up, and changes one or two configs every {@code change-interval}. Stops the simulator on shutdown.
 */
final class DemoLab implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DemoLab.class);

    /** The first change comes this soon (or after the interval, when shorter), so that a new user sees a diff. */
    static final Duration FIRST_CHANGE = Duration.ofMinutes(1);

    private final DemoLabProperties properties;
    private final LabFiles files;
    private final LabProvisioner provisioner;
    private final LabBackups backups;
    private final DriverCatalog drivers;
    private volatile Simulator simulator;
    private volatile LabInventory inventory;
    private volatile LabChanges changes;
    private ScheduledExecutorService timer;

    DemoLab(
            DemoLabProperties properties,
            LabFiles files,
            LabProvisioner provisioner,
            LabBackups backups,
            DriverCatalog drivers) {
        this.properties = properties;
        this.files = files;
        this.provisioner = provisioner;
        this.backups = backups;
        this.drivers = drivers;
    }

    @Override
    public synchronized void start() {
        quietSimulatorSessions();
        boolean newSettings = !Files.exists(files.settingsFile());
        LabSettings settings = files.loadOrCreate(properties);
        LabPlan plan = LabPlan.of(properties.devicesPerNoc(), settings.basePort());
        Simulator sim = startSimulator(settings, plan);
        try {
            changes = new LabChanges(files, new SplittableRandom(), this::restorable);
            int replayed = changes.replay(sim);
            inventory = provisioner.provision(settings, plan);
            simulator = sim;
            log.info(
                    "Demo lab: {} simulated devices on 127.0.0.1:{}-{} in NOCs \"{}\" (direct) and \"{}\" (jump server"
                            + " 127.0.0.1:{}); {} created now, {} config changes replayed; credentials in {}",
                    plan.devices().size(),
                    settings.basePort(),
                    plan.lastPort(),
                    LabPlan.JOHANNESBURG,
                    LabPlan.CAPE_TOWN,
                    settings.jumpPort(),
                    inventory.created(),
                    replayed,
                    files.settingsFile());
            if (newSettings && inventory.created() < plan.devices().size() + 2) {
                log.warn(
                        "Demo lab: the demo NOCs or devices existed before {} was made, so they keep older"
                                + " credentials that the simulator no longer accepts; delete the demo devices and NOCs (or the"
                                + " data directory) and restart to start afresh",
                        files.settingsFile());
            }
        } catch (RuntimeException e) {
            sim.close();
            throw e;
        }
        firstBackup();
        scheduleChanges();
    }

    /**
     * The simulator's SSH server sessions warn about every client that hangs up after its logout ("Broken pipe");
     * NocVault itself uses only MINA's client, so its server loggers serve the lab alone and keep to errors.
     */
    private static void quietSimulatorSessions() {
        LoggingSystem.get(DemoLab.class.getClassLoader()).setLogLevel("org.apache.sshd.server", LogLevel.ERROR);
    }

    private Simulator startSimulator(LabSettings settings, LabPlan plan) {
        Simulator.Builder builder = Simulator.builder()
                .basePort(settings.basePort())
                .username(settings.deviceUsername())
                .password(settings.devicePassword())
                .enableSecret(settings.enableSecret())
                .configLines(properties.configLines())
                .jumpHost(settings.jumpUsername(), settings.jumpPassword())
                .jumpPort(settings.jumpPort());
        plan.devices().forEach(d -> builder.device(d.platform(), d.hostname()));
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "The demo lab cannot start its simulator (" + e.getMessage() + "); its ports are kept in "
                            + files.settingsFile() + ": free them, or delete the demo directory and the demo NOCs",
                    e);
        }
    }

    private void firstBackup() {
        try {
            Optional<Long> run = backups.backupNew(inventory);
            if (run.isPresent()) {
                log.info("Demo lab: backup run {} started for the devices never backed up", run.get());
            } else if (!backups.available()) {
                log.info("Demo lab: no backup module, so no first backup run");
            }
        } catch (RuntimeException e) {
            log.warn("Demo lab: the first backup run did not start: {}", e.getMessage());
        }
    }

    private void scheduleChanges() {
        Duration interval = properties.changeInterval();
        if (interval.isZero()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "nocvault-demo-changes");
            t.setDaemon(true);
            return t;
        });
        long millis = interval.toMillis();
        long first = Math.min(millis, FIRST_CHANGE.toMillis());
        timer.scheduleWithFixedDelay(this::changeAndBackUp, first, millis, TimeUnit.MILLISECONDS);
    }

    /** Whether NocVault's driver for the device's platform can push a config back. */
    private boolean restorable(SimulatedDevice device) {
        return drivers.find(device.platform()).map(Driver::canRestore).orElse(false);
    }

    /** Changes one or two devices and backs them up, so that new versions and diffs appear; answers the hostnames. */
    List<String> changeAndBackUp() {
        try {
            List<String> changed = changes.changeSome(simulator);
            Optional<Long> run = backups.backup(inventory.ids(changed));
            log.info(
                    "Demo lab: changed the config of {}{}",
                    String.join(", ", changed),
                    run.map(id -> "; backup run " + id).orElse(""));
            return changed;
        } catch (RuntimeException e) {
            log.warn("Demo lab: config change failed: {}", e.getMessage());
            return List.of();
        }
    }

    @Override
    public synchronized void stop() {
        if (timer != null) {
            timer.shutdownNow();
            try {
                timer.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            timer = null;
        }
        Simulator sim = simulator;
        simulator = null;
        if (sim != null) {
            sim.close();
            log.info("Demo lab: simulator stopped");
        }
    }

    @Override
    public boolean isRunning() {
        return simulator != null;
    }

    Simulator simulator() {
        return simulator;
    }

    LabInventory inventory() {
        return inventory;
    }

    LabChanges changes() {
        return changes;
    }
}
