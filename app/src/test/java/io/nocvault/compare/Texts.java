package io.nocvault.compare;

import io.nocvault.drivers.ConfigNormalizer;
import io.nocvault.drivers.Driver;
import io.nocvault.drivers.DriverProperties;
import io.nocvault.drivers.SecretMasker;
import io.nocvault.drivers.internal.BuiltInDrivers;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** A comparer without Spring, built-in drivers, and generated configuration texts for compare tests. */
final class Texts {

    static final ConfigComparer COMPARER = new ConfigComparer(new ConfigNormalizer(), new SecretMasker());
    private static final BuiltInDrivers DRIVERS = new BuiltInDrivers(DriverProperties.defaults());

    /** Lines a switch configuration is made of; several repeat often, as "!" and "exit" do in real ones. */
    private static final String[] LINE_SHAPES = {
        "!",
        " no shutdown",
        " shutdown",
        " exit",
        "interface GigabitEthernet1/0/%d",
        " description link to rack %d",
        " ip address 10.0.%d.1 255.255.255.0",
        " switchport mode access",
        "",
        " switchport access vlan %d",
        "vlan %d",
    };

    private Texts() {}

    static Driver driver(String key) {
        return DRIVERS.find(key).orElseThrow();
    }

    static Comparison compare(String from, String to) {
        return compare(from, to, CompareOptions.defaults());
    }

    static Comparison compare(String from, String to, CompareOptions options) {
        return COMPARER.compare(new ComparedText("old", from), new ComparedText("new", to), options);
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A random configuration of {@code count} lines drawn from a few shapes (many repeated lines). */
    static List<String> randomConfig(Random random, int count) {
        List<String> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(randomLine(random));
        }
        return lines;
    }

    /** The lines with {@code edits} random replacements, insertions and deletions. */
    static List<String> edited(Random random, List<String> lines, int edits) {
        List<String> result = new ArrayList<>(lines);
        for (int e = 0; e < edits && !result.isEmpty(); e++) {
            int at = random.nextInt(result.size());
            switch (random.nextInt(3)) {
                case 0 -> result.set(at, randomLine(random));
                case 1 -> result.add(at, randomLine(random));
                default -> result.remove(at);
            }
        }
        return result;
    }

    private static String randomLine(Random random) {
        return String.format(LINE_SHAPES[random.nextInt(LINE_SHAPES.length)], random.nextInt(6));
    }
}
