package io.nocvault.bench;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The table of the Netmiko comparison: one row per concurrency level with both tools, then the CPU per level. */
final class NetmikoSweepReport {

    /** The NOC target of issue 4: NocVault at least this many times faster than the seeds' script. */
    static final double TARGET_RATIO = 20;

    /**
     * One level: NocVault's pass (its wall time, and the CPU it took in NocVault and in the simulator, the SSH server
     * side of its sessions, each with the share of its JIT compiler threads) and the Netmiko script's on the same
     * devices ({@code null} when skipped).
     */
    record Row(
            int level,
            int devices,
            CapturePass.Result ours,
            Duration oursWall,
            Duration oursCpu,
            Duration oursJit,
            Duration simulatorCpu,
            Duration simulatorJit,
            NetmikoScript.Result theirs) {

        double ratio() {
            return theirs == null ? Double.NaN : theirs.wall().toMillis() / (double) Math.max(1, oursWall.toMillis());
        }
    }

    private NetmikoSweepReport() {}

    static void print(BenchSettings s, List<Row> rows, String loadBefore) {
        System.out.println();
        System.out.printf(
                "NocVault vs the seeds' Netmiko script: simulated Cisco IOS devices, ~%d config lines, both tools on the"
                        + " same devices at the same concurrency, direct SSH%n",
                s.configLines());
        System.out.printf(
                "%-12s %7s | %-44s | %-44s | %s%n",
                "", "", "NocVault", "Netmiko (python3-netmiko)", "Netmiko/NocVault");
        String tool = String.format("%9s %8s %8s %8s %6s", "wall", "dev/s", "p50", "p99", "failed");
        System.out.printf("%-12s %7s | %-44s | %-44s | %s%n", "concurrency", "devices", tool, tool, "wall ratio");
        rows.forEach(NetmikoSweepReport::row);
        System.out.printf(
                "(seeds') marks the seeds' own approach: seed 001's bulk_backup_task and seed 000's jump-server script"
                        + " back devices up one after the other.%n");
        rows.forEach(NetmikoSweepReport::cpu);
        String passing = rows.stream()
                .filter(row -> row.ratio() >= TARGET_RATIO)
                .map(row -> String.valueOf(row.level()))
                .collect(Collectors.joining(", "));
        System.out.printf(
                "target     NocVault >= %.0fx faster: reached at concurrency %s%n",
                TARGET_RATIO, passing.isEmpty() ? "none" : passing);
        System.out.printf("load avg   %s before, %s after%n", loadBefore, ProcessFigures.loadAverage());
    }

    private static void row(Row r) {
        String level = r.level() + (r.level() == NetmikoSweep.SEEDS_LEVEL ? " (seeds')" : "");
        String ours = tool(
                r.devices(),
                r.oursWall(),
                r.ours().millis(),
                r.devices() - r.ours().ok());
        String theirs = r.theirs() == null
                ? "skipped"
                : tool(
                        r.devices(),
                        r.theirs().wall(),
                        r.theirs().millis(),
                        r.theirs().failed());
        String ratio = r.theirs() == null ? "" : String.format("%.1fx", r.ratio());
        System.out.printf("%-12s %7d | %-44s | %-44s | %s%n", level, r.devices(), ours, theirs, ratio);
    }

    private static String tool(int devices, Duration wall, long[] millis, int failed) {
        long[] sorted = ProcessFigures.sorted(millis);
        return String.format(
                "%7.2f s %8.1f %5d ms %5d ms %6d",
                wall.toMillis() / 1000.0,
                perSecond(devices, wall),
                ProcessFigures.percentile(sorted, 50),
                ProcessFigures.percentile(sorted, 99),
                failed);
    }

    /**
     * The CPU that NocVault's pass took in NocVault and in the simulator: with both on this machine's cores, it bounds
     * the devices/s any pass can reach here, and so the ratio against Netmiko at that level.
     */
    private static void cpu(Row r) {
        double perDevice = (r.oursCpu().toNanos() + r.simulatorCpu().toNanos()) / 1e6 / r.devices();
        Duration jit = r.oursJit().plus(r.simulatorJit());
        double sessionsOnly = perDevice - jit.toNanos() / 1e6 / r.devices();
        int cores = Runtime.getRuntime().availableProcessors();
        double ceiling = cores * 1000.0 / perDevice;
        String ratio = r.theirs() == null
                ? ""
                : String.format(
                        ", a ratio of at most %.1fx",
                        ceiling / perSecond(r.devices(), r.theirs().wall()));
        System.out.printf(
                "CPU @%-4d  NocVault %.2f s + simulator %.2f s = %.1f ms per device: at most %.0f devices/s on %d cores%s%n",
                r.level(),
                r.oursCpu().toMillis() / 1000.0,
                r.simulatorCpu().toMillis() / 1000.0,
                perDevice,
                ceiling,
                cores,
                ratio);
        System.out.printf(
                "           of which JIT compiling %.2f s + %.2f s: %.1f ms per device without it%n",
                r.oursJit().toMillis() / 1000.0, r.simulatorJit().toMillis() / 1000.0, sessionsOnly);
    }

    private static double perSecond(int devices, Duration wall) {
        return devices / Math.max(0.001, wall.toMillis() / 1000.0);
    }
}
