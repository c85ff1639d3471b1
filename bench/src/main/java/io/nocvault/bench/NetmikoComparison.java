package io.nocvault.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Issue 4's second benchmark: the same simulated Cisco IOS devices backed up by NocVault's transport and drivers and
 * by the seeds' approach, a Python script using Netmiko ({@code bench/netmiko_backup.py}), at each concurrency level
 * of a sweep ({@link NetmikoSweep}), both tools on the same devices at the same level. One simulator and one NocVault
 * serve the whole sweep; NocVault is warmed up first (passes over every device, {@code --warm-up-sessions} in all),
 * and each level starts once both JVMs' compilers are idle, as {@code bench/run.sh} does. Prints per level both wall
 * times, devices/s, p50/p99 and the ratio, and the CPU NocVault's pass took in NocVault and in the simulator. Both
 * connect directly (the seeds' script runs on the jump server itself).
 */
public final class NetmikoComparison {

    /** The host-key subjects' prefix of every pass: the warm-up pins, the levels check against the pins. */
    private static final String PINS = "";

    private NetmikoComparison() {}

    public static void main(String[] args) throws Exception {
        NetmikoSweep sweep = NetmikoSweep.parse(args);
        BenchSettings settings = sweep.settings();
        Path simulatorJar = Path.of(System.getProperty("simulator.jar", "simulator/target/nocvault-simulator.jar"));
        Path work = Files.createTempDirectory("nocvault-netmiko");
        String loadBefore = ProcessFigures.loadAverage();
        System.out.printf(
                "Starting the simulator with %d Cisco IOS devices; levels %s, load average %s...%n",
                settings.devices(), sweep.levels(), loadBefore);
        try (SimulatorProcess sim =
                        SimulatorProcess.start(simulatorJar, settings, List.of("--platforms", "cisco_ios"));
                ConfigurableApplicationContext app = CaptureBenchmark.boot(work.resolve("data"))) {
            // a server that backs up every night has compiled its code and pinned its devices' host keys: passes over
            // every device at the highest level do both, so each level finds the keys it checks pinned. A method run
            // once per SSH session was still compiled at C1's tiers after 2,000 sessions, and the compilers of both
            // JVMs took about a third of the next level's CPU (read per thread)
            int passes = sweep.warmUpPasses(settings.devices());
            for (int pass = 0; pass < passes; pass++) {
                new CapturePass(app, settings, false).capture(sim.devices(), PINS);
            }
            System.out.printf(
                    "warm-up: NocVault backed up all %d devices %d times (not counted)%n", settings.devices(), passes);
            List<NetmikoSweepReport.Row> rows = new ArrayList<>();
            for (int level : sweep.levels()) {
                List<SimulatorProcess.Device> devices =
                        sim.devices().subList(0, sweep.devicesAt(level, settings.devices()));
                rows.add(level(
                        app, sim, settings.withDevices(devices.size()).withConcurrency(level), devices, sweep, work));
            }
            NetmikoSweepReport.print(settings, rows, loadBefore);
        }
    }

    /** One level: NocVault's pass on {@code devices}, then the Netmiko script's on the same devices. */
    private static NetmikoSweepReport.Row level(
            ConfigurableApplicationContext app,
            SimulatorProcess sim,
            BenchSettings s,
            List<SimulatorProcess.Device> devices,
            NetmikoSweep sweep,
            Path work)
            throws Exception {
        double idle = ProcessFigures.awaitIdleCompilers(sim);
        Duration oursCpu = ProcessFigures.cpuTime();
        Duration oursJit =
                ProcessFigures.compilerCpuTime(ProcessHandle.current().pid());
        Duration simulatorCpu = sim.cpuTime();
        Duration simulatorJit = sim.compilerCpuTime();
        long start = System.nanoTime();
        CapturePass.Result ours = new CapturePass(app, s, false).capture(devices, PINS);
        Duration oursWall = Duration.ofNanos(System.nanoTime() - start);
        oursCpu = ProcessFigures.cpuTime().minus(oursCpu);
        oursJit = ProcessFigures.compilerCpuTime(ProcessHandle.current().pid()).minus(oursJit);
        simulatorCpu = sim.cpuTime().minus(simulatorCpu);
        simulatorJit = sim.compilerCpuTime().minus(simulatorJit);
        System.out.printf(
                "concurrency %d: NocVault backed up %d devices in %.2f s (after %.1f s until both JITs were idle)%s%n",
                s.concurrency(),
                devices.size(),
                oursWall.toMillis() / 1000.0,
                idle,
                sweep.netmiko() ? "; now the Netmiko script..." : "");
        NetmikoScript.Result theirs = sweep.netmiko() ? NetmikoScript.run(s, devices, s.concurrency(), work) : null;
        return new NetmikoSweepReport.Row(
                s.concurrency(), devices.size(), ours, oursWall, oursCpu, oursJit, simulatorCpu, simulatorJit, theirs);
    }
}
