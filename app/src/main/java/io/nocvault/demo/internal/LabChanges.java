package io.nocvault.demo.internal;

import io.nocvault.simulator.SimulatedDevice;
import io.nocvault.simulator.Simulator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.random.RandomGenerator;

/**
 * The config changes of the simulated devices. Each change is the simulator's next deterministic revision of that
 * device's config; the count per device is kept in {@code revisions.properties}, and replaying it after a restart
 * gives the same configs again (the same seed, hostnames and credentials generate the same starting configs).
 */
final class LabChanges {

    private final LabFiles files;
    private final RandomGenerator random;
    private final Predicate<SimulatedDevice> restorable;
    private final Map<String, Integer> revisions;

    /** @param restorable devices whose config can be restored: the lab's first change is one of them */
    LabChanges(LabFiles files, RandomGenerator random, Predicate<SimulatedDevice> restorable) {
        this.files = files;
        this.random = random;
        this.restorable = restorable;
        this.revisions = new HashMap<>(files.revisions());
    }

    /** Brings each device to its saved revision; answers how many changes were replayed. */
    synchronized int replay(Simulator simulator) {
        int replayed = 0;
        for (SimulatedDevice device : simulator.devices()) {
            int n = revisions.getOrDefault(device.hostname(), 0);
            for (int i = 0; i < n; i++) {
                device.mutateConfig();
            }
            replayed += n;
        }
        return replayed;
    }

    /** Changes the config of one or two devices (chosen at random) and saves the revisions; answers their hostnames. */
    synchronized List<String> changeSome(Simulator simulator) {
        List<SimulatedDevice> devices = new ArrayList<>(simulator.devices());
        if (revisions.isEmpty() && devices.stream().anyMatch(restorable)) {
            // a new user's first diff is on a device whose earlier version he can also restore
            devices.removeIf(restorable.negate());
        }
        int count = Math.min(devices.size(), 1 + random.nextInt(2));
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SimulatedDevice device = devices.remove(random.nextInt(devices.size()));
            device.mutateConfig();
            revisions.merge(device.hostname(), 1, Integer::sum);
            changed.add(device.hostname());
        }
        files.saveRevisions(revisions);
        return changed;
    }

    synchronized int revision(String hostname) {
        return revisions.getOrDefault(hostname, 0);
    }
}
