package io.nocvault.simulator.internal.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/** Applies the n-th deterministic change to a config (see {@code SimulatedDevice.mutateConfig()}). */
final class ConfigMutator {

    private ConfigMutator() {}

    static List<String> mutate(List<String> original, ConfigProfile profile, int n) {
        MutationSpec spec = profile.mutation();
        List<String> lines = new ArrayList<>(original);
        boolean changed = rewriteDescription(lines, spec, n);
        List<Integer> entries = entryStarts(lines, spec);
        if (entries.isEmpty()) {
            if (!changed) {
                lines.add(
                        insertionPoint(lines, profile), spec.commentPrefix() + " changed by simulator, revision " + n);
            }
            return lines;
        }
        int after = entries.getLast() + spec.entrySize();
        lines.addAll(Math.min(after, lines.size()), spec.newEntry().apply(n));
        if (entries.size() >= 2) {
            int first = entries.getFirst();
            for (int i = 0; i < spec.entrySize() && first < lines.size(); i++) {
                lines.remove(first);
            }
        }
        return lines;
    }

    private static boolean rewriteDescription(List<String> lines, MutationSpec spec, int n) {
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (spec.description().matcher(lines.get(i)).find()) {
                candidates.add(i);
            }
        }
        if (candidates.isEmpty()) {
            return false;
        }
        int index = candidates.get((n * 7) % candidates.size());
        String line = lines.get(index);
        Matcher m = spec.description().matcher(line);
        if (!m.find()) {
            return false;
        }
        String text = "changed by simulator, revision " + n;
        lines.set(index, line.substring(0, m.start("text")) + text + line.substring(m.end("text")));
        return true;
    }

    private static List<Integer> entryStarts(List<String> lines, MutationSpec spec) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (spec.entryStart().matcher(lines.get(i)).find()) {
                starts.add(i);
            }
        }
        return starts;
    }

    private static int insertionPoint(List<String> lines, ConfigProfile profile) {
        int last = lines.size() - 1;
        if (last >= 0 && profile.endMarker() != null && lines.get(last).equals(profile.endMarker())) {
            return last;
        }
        return lines.size();
    }
}
