package io.nocvault.simulator;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;

/** The standalone simulator: {@code java -jar nocvault-simulator.jar --help}. */
public final class SimulatorMain {

    private SimulatorMain() {}

    public static void main(String[] args) throws InterruptedException {
        if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
            System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        }
        Simulator sim;
        try {
            sim = launch(args, System.out);
        } catch (MainArgs.UsageException e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("Try --help for usage.");
            System.exit(2);
            return;
        } catch (IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
            return;
        }
        if (sim == null) {
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sim.close();
                            stopped.countDown();
                        },
                        "nocvault-sim-shutdown"));
        System.err.println("serving " + sim.devices().size() + " devices; stop with Ctrl-C or SIGTERM");
        stopped.await();
    }

    /**
     * Parses the command line, starts the simulator and prints one line per device to {@code out}; prints the usage
     * and returns {@code null} for {@code --help}.
     */
    static Simulator launch(String[] args, PrintStream out) throws MainArgs.UsageException, IOException {
        MainArgs a = MainArgs.parse(args);
        if (a.help()) {
            out.println(MainArgs.USAGE);
            return null;
        }
        Simulator.Builder builder = Simulator.builder()
                .basePort(a.basePort())
                .username(a.username())
                .password(a.password())
                .enableSecret(a.enableSecret())
                .configLines(a.configLines())
                .seed(a.seed())
                .devices(a.devices(), a.platforms());
        if (a.jumpPort() != null) {
            builder.jumpHost(a.jumpUsername(), a.jumpPassword()).jumpPort(a.jumpPort());
        }
        Simulator sim = builder.start();
        StringBuilder lines = new StringBuilder();
        for (SimulatedDevice d : sim.devices()) {
            lines.append(d.platform()).append(' ').append(d.host()).append(':').append(d.port());
            lines.append(' ').append(d.hostname()).append('\n');
        }
        out.print(lines);
        out.flush();
        if (sim.hasJumpHost()) {
            System.err.println("jump " + sim.host() + ":" + sim.jumpPort() + " user " + a.jumpUsername());
        }
        return sim;
    }
}
