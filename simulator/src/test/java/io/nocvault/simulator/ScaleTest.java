package io.nocvault.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** One JVM serves a thousand devices with a handful of threads. */
class ScaleTest {

    private static final int DEVICES = 1000;

    @Test
    void aThousandDevicesWithBoundedThreadsAndMemory() throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Term.client();
        int threadsBefore = threads.getThreadCount();
        long heapBefore = usedHeap();
        long start = System.nanoTime();
        try (Simulator sim = Simulator.builder()
                .devices(DEVICES, Platforms.keys())
                .password("pw")
                .start()) {
            long startMillis = (System.nanoTime() - start) / 1_000_000;
            int threadsStarted = threads.getThreadCount();
            assertThat(sim.devices()).hasSize(DEVICES);
            assertThat(sim.devices().stream().map(SimulatedDevice::port).distinct())
                    .hasSize(DEVICES);

            List<Term> terms = openSample(sim);
            try {
                readConcurrently(terms);
                SimulatedDevice last = sim.devices().get(DEVICES - 1);
                try (Term t = Term.open(last)) {
                    t.expect(Contract.ALL.get(last.platform()).prompt(last));
                }
                int threadsBusy = threads.getThreadCount();
                long simulatorThreads = simulatorThreads();
                long heapIdle = usedHeap();
                sim.devices().forEach(SimulatedDevice::currentConfig);
                long heapGenerated = usedHeap();
                System.out.printf(
                        "scale: %d devices started in %d ms; threads %d before, %d started, %d with %d sessions"
                                + " (%d of them the simulator's); heap +%d MiB, +%d MiB with every config generated%n",
                        DEVICES,
                        startMillis,
                        threadsBefore,
                        threadsStarted,
                        threadsBusy,
                        terms.size() + 1,
                        simulatorThreads,
                        (heapIdle - heapBefore) >> 20,
                        (heapGenerated - heapBefore) >> 20);
                assertThat(threadsStarted - threadsBefore).isLessThanOrEqualTo(12);
                assertThat(simulatorThreads).isLessThanOrEqualTo(8);
            } finally {
                terms.forEach(Term::close);
            }
        }
    }

    /** Sessions on NX-OS devices spread over the whole port range. */
    private static List<Term> openSample(Simulator sim) throws IOException {
        List<Term> terms = new ArrayList<>();
        int nxos = Platforms.keys().indexOf("cisco_nxos");
        for (int i = nxos; i < DEVICES; i += 5 * Platforms.keys().size()) {
            terms.add(Term.open(sim.devices().get(i)));
        }
        assertThat(terms).hasSizeGreaterThan(10);
        return terms;
    }

    private static void readConcurrently(List<Term> terms) throws Exception {
        List<CompletableFuture<String>> reads = new ArrayList<>();
        for (Term t : terms) {
            reads.add(CompletableFuture.supplyAsync(() -> readNxos(t)));
        }
        for (CompletableFuture<String> read : reads) {
            assertThat(read.get()).contains("!Command: show running-config");
        }
    }

    private static String readNxos(Term t) {
        try {
            t.expect("#");
            t.command("terminal length 0", "sim-cisco_nxos-\\d+#");
            return t.command("show running-config", "sim-cisco_nxos-\\d+#");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long simulatorThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .map(Thread::getName)
                .filter(n -> n.contains("SimServer") || n.startsWith("nocvault-sim"))
                .count();
    }

    private static long usedHeap() {
        System.gc();
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
