package io.nocvault.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The levels of the Netmiko comparison, from {@code --concurrency=1,8,64} (the list, run in this order),
 * {@code --devices-per-worker=40} (a level backs up at most its concurrency times this many devices, and at most
 * {@code --devices}: Netmiko spends ~5 s per device whatever the concurrency, so the low levels would take it hours on
 * every device), {@code --warm-up-sessions=4000} (NocVault backs up every device this many sessions' worth before the
 * first level, in whole passes: as many sessions as {@code bench/run.sh}'s four warm-up runs of 1,000 devices) and
 * {@code --netmiko=false} (NocVault's side only, to profile it). Every other argument is a {@link BenchSettings} one.
 */
record NetmikoSweep(
        List<Integer> levels, int devicesPerWorker, int warmUpSessions, boolean netmiko, String[] benchArgs) {

    /** The seeds' own concurrency: seed 001's bulk backup and seed 000's jump-server script go one device at a time. */
    static final int SEEDS_LEVEL = 1;

    static NetmikoSweep parse(String[] args) {
        List<Integer> levels = List.of(1, 8, 64);
        int perWorker = 40;
        int warmUpSessions = 4000;
        boolean netmiko = true;
        List<String> rest = new ArrayList<>();
        for (String arg : args) {
            String value = arg.substring(arg.indexOf('=') + 1);
            if (arg.startsWith("--concurrency=")) {
                levels = Arrays.stream(value.split(","))
                        .map(String::trim)
                        .map(Integer::valueOf)
                        .toList();
            } else if (arg.startsWith("--devices-per-worker=")) {
                perWorker = Integer.parseInt(value);
            } else if (arg.startsWith("--warm-up-sessions=")) {
                warmUpSessions = Integer.parseInt(value);
            } else if (arg.startsWith("--netmiko=")) {
                netmiko = Boolean.parseBoolean(value);
            } else {
                rest.add(arg);
            }
        }
        if (levels.isEmpty() || levels.stream().anyMatch(level -> level < 1) || perWorker < 1 || warmUpSessions < 1) {
            throw new IllegalArgumentException(
                    "--concurrency needs levels >= 1, --devices-per-worker and --warm-up-sessions counts >= 1");
        }
        if (rest.stream().noneMatch(arg -> arg.startsWith("--base-port="))) {
            rest.add("--base-port=32000");
        }
        if (rest.stream().noneMatch(arg -> arg.startsWith("--jump-port="))) {
            rest.add("--jump-port=0"); // unused here: any free port, never the other benchmarks' 29999
        }
        return new NetmikoSweep(levels, perWorker, warmUpSessions, netmiko, rest.toArray(String[]::new));
    }

    /** The settings of the whole sweep: its device count, and the highest level as concurrency (the warm-up's). */
    BenchSettings settings() {
        return BenchSettings.parse(benchArgs).withConcurrency(highest());
    }

    /** Whole passes over {@code devices} devices that make at least {@link #warmUpSessions} sessions. */
    int warmUpPasses(int devices) {
        return (warmUpSessions + devices - 1) / devices;
    }

    int highest() {
        return levels.stream().mapToInt(Integer::intValue).max().orElseThrow();
    }

    /** The devices one level backs up: its concurrency times {@link #devicesPerWorker}, at most {@code all}. */
    int devicesAt(int level, int all) {
        return (int) Math.min(all, (long) level * devicesPerWorker);
    }
}
