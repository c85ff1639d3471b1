package io.nocvault.backup.store;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Generated device configurations for store tests and benchmarks: a base text and small edits of it. */
public final class Configs {

    private Configs() {}

    /** A config of {@code lines} lines that looks like a switch's running config; the same seed gives the same text. */
    public static List<String> lines(int lines, long seed) {
        Random random = new Random(seed);
        List<String> config = new ArrayList<>(lines);
        config.add("hostname sw-" + seed);
        for (int i = 1; i < lines; i++) {
            config.add(
                    switch (i % 5) {
                        case 0 -> "interface GigabitEthernet1/0/" + i;
                        case 1 -> " description uplink to rack " + random.nextInt(500) + " port " + random.nextInt(48);
                        case 2 -> " switchport access vlan " + (100 + random.nextInt(3000));
                        case 3 ->
                            " ip address 10." + random.nextInt(256) + "." + random.nextInt(256) + ".1 255.255.255.0";
                        default -> "!";
                    });
        }
        return config;
    }

    /** Changes {@code count} lines at random places (the same seed gives the same edits). */
    public static List<String> edit(List<String> config, int count, long seed) {
        Random random = new Random(seed);
        List<String> edited = new ArrayList<>(config);
        for (int i = 0; i < count; i++) {
            int line = 1 + random.nextInt(edited.size() - 1);
            edited.set(line, " description changed " + seed + "-" + i + " to port " + random.nextInt(48));
        }
        return edited;
    }

    public static String text(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    public static byte[] bytes(List<String> lines) {
        return text(lines).getBytes(StandardCharsets.UTF_8);
    }
}
