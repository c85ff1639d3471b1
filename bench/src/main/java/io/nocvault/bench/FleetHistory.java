package io.nocvault.bench;

import io.nocvault.simulator.Platforms;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A deterministic year of a device fleet (issue 4's storage benchmark). The churn model, per device and day:
 *
 * <ul>
 *   <li>{@link #SMALL_CHANGE_PER_DAY} (3%): a small change of 1 to {@link #SMALL_MAX_LINES} lines at random places of
 *       the body (60% a number changed in place, 20% a similar line added, 20% a line removed);
 *   <li>{@link #LARGE_CHANGE_PER_DAY} (0.3%, about once a year per device): a reworked block of
 *       {@link #LARGE_MIN_LINES}–{@link #LARGE_MAX_LINES} consecutive lines (at most a quarter of the config);
 *   <li>otherwise no change. Every read still differs in the platform's volatile lines (timestamps, NTP clock period,
 *       re-salted FortiOS secrets, checksums), which normalization drops.
 * </ul>
 *
 * Platforms go round-robin over the simulator's 15; sizes are log-uniform between {@code minLines} and
 * {@code maxLines}. The same seed gives the same fleet and history.
 */
final class FleetHistory {

    static final double SMALL_CHANGE_PER_DAY = 0.03;
    static final int SMALL_MAX_LINES = 10;
    static final double LARGE_CHANGE_PER_DAY = 0.003;
    static final int LARGE_MIN_LINES = 30;
    static final int LARGE_MAX_LINES = 150;
    static final Instant FIRST_DAY = Instant.parse("2026-01-01T02:00:00Z");

    private final long seed;
    private final int devices;
    private final int minLines;
    private final int maxLines;

    FleetHistory(long seed, int devices, int minLines, int maxLines) {
        this.seed = seed;
        this.devices = devices;
        this.minLines = minLines;
        this.maxLines = maxLines;
    }

    /** The fleet as on day 0; every call builds it afresh, so each phase can replay the year from the start. */
    List<FleetDevice> fleet() {
        Random sizes = new Random(seed);
        List<String> platforms = Platforms.keys();
        List<FleetDevice> fleet = new ArrayList<>(devices);
        double ratio = Math.log((double) maxLines / minLines);
        for (int i = 0; i < devices; i++) {
            int lines = (int) Math.round(minLines * Math.exp(sizes.nextDouble() * ratio));
            fleet.add(new FleetDevice(i, platforms.get(i % platforms.size()), lines, seed * 1_000_003L + i));
        }
        return fleet;
    }

    int devices() {
        return devices;
    }

    String describe() {
        return String.format(
                "%d devices (%d platforms round-robin, %d-%d lines, log-uniform), seed %d; per device and day %.1f%%"
                        + " a change of 1-%d lines, %.1f%% a block of %d-%d lines, else only volatile lines",
                devices,
                Platforms.keys().size(),
                minLines,
                maxLines,
                seed,
                SMALL_CHANGE_PER_DAY * 100,
                SMALL_MAX_LINES,
                LARGE_CHANGE_PER_DAY * 100,
                LARGE_MIN_LINES,
                LARGE_MAX_LINES);
    }
}
