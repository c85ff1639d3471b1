package io.nocvault.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

/** CPU time, peak resident memory and latency percentiles of this process. */
final class ProcessFigures {

    /** Linux's USER_HZ, the unit of the CPU times in /proc. */
    private static final long CLOCK_TICKS_PER_SECOND = 100;

    private ProcessFigures() {}

    static Duration cpuTime() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return Duration.ofNanos(os.getProcessCpuTime());
    }

    /** The kernel's share of this process's CPU time ({@code stime} of /proc/self/stat); zero where there is none. */
    static Duration systemCpuTime() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Duration.ofMillis(Long.parseLong(fields[12]) * 1000 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }

    /**
     * CPU time of the child processes this process has waited for (and their waited-for children), from
     * {@code cutime} and {@code cstime} of /proc/self/stat; zero where there is no /proc.
     */
    static Duration childrenCpuTime() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
            return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Duration.ZERO;
        }
    }

    /**
     * CPU time so far of the JIT compiler threads ({@code C1/C2 CompilerThread*}) of a process, from
     * /proc/PID/task/TID/stat; zero where there is no /proc. A compiler thread that has ended takes its time along.
     */
    static Duration compilerCpuTime(long pid) {
        long ticks = 0;
        try (var tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    if (Files.readString(task.resolve("comm")).matches("C[12] CompilerThre.*\\s*")) {
                        String stat = Files.readString(task.resolve("stat"));
                        String[] fields =
                                stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                        ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
                    }
                } catch (IOException | RuntimeException threadEnded) {
                    // the thread ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return Duration.ZERO;
        }
        return Duration.ofMillis(ticks * 1000 / CLOCK_TICKS_PER_SECOND);
    }

    /**
     * Waits, at most a minute, until the compiler threads of both processes have been idle for a second, as they
     * are between a server's scheduled runs; answers the seconds waited.
     */
    static double awaitIdleCompilers(SimulatorProcess sim) throws InterruptedException {
        long start = System.nanoTime();
        long pid = ProcessHandle.current().pid();
        Duration last = compilerCpuTime(pid).plus(sim.compilerCpuTime());
        while (System.nanoTime() - start < Duration.ofMinutes(1).toNanos()) {
            Thread.sleep(1000);
            Duration now = compilerCpuTime(pid).plus(sim.compilerCpuTime());
            if (now.minus(last).toMillis() <= 20) {
                break;
            }
            last = now;
        }
        return (System.nanoTime() - start) / 1e9;
    }

    /** The 1, 5 and 15 minute load averages of the machine, as /proc/loadavg gives them. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** Peak resident set size in MiB (VmHWM of /proc/self/status), or -1 where there is no /proc. */
    static long peakRssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    static long percentile(long[] sortedMillis, double p) {
        if (sortedMillis.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMillis.length) - 1;
        return sortedMillis[Math.max(0, Math.min(index, sortedMillis.length - 1))];
    }

    static long[] sorted(long[] values) {
        long[] copy = values.clone();
        Arrays.sort(copy);
        return copy;
    }
}
