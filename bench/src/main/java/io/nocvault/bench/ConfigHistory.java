package io.nocvault.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A device configuration that evolves day by day: a switch-like running config (interfaces, VLANs, ACLs, routing)
 * of a given size, of which a share of lines changes every day (descriptions, VLANs, ACL entries, new lines). The
 * same seed gives the same history.
 */
final class ConfigHistory {

    private final Random random;
    private final List<String> lines;
    private final int changesPerDay;

    ConfigHistory(long seed, int lineCount, double churn) {
        this.random = new Random(seed);
        this.lines = initial(lineCount);
        this.changesPerDay = Math.max(1, (int) Math.round(lineCount * churn));
    }

    /** The config of today; the next call gives tomorrow's. */
    String next(int day) {
        if (day > 0) {
            for (int i = 0; i < changesPerDay; i++) {
                mutate(day, i);
            }
        }
        return "! Last configuration change at day " + day + " 02:00:0" + random.nextInt(10) + "\n"
                + String.join("\n", lines) + "\n";
    }

    /** The text without its volatile first line (what the driver's normalization would give). */
    static String normalized(String raw) {
        return raw.substring(raw.indexOf('\n') + 1);
    }

    private void mutate(int day, int change) {
        int line = 1 + random.nextInt(lines.size() - 1);
        switch (random.nextInt(4)) {
            case 0 ->
                lines.set(line, " description changed day " + day + " ticket CHG" + (10_000 + random.nextInt(90_000)));
            case 1 -> lines.set(line, " switchport access vlan " + (100 + random.nextInt(3000)));
            case 2 ->
                lines.add(
                        line,
                        " permit tcp host 10." + random.nextInt(256) + "." + random.nextInt(256) + ".7 any eq "
                                + (1024 + random.nextInt(60_000)));
            default -> lines.remove(line);
        }
        if (change == 0 && lines.size() < 10) {
            lines.add("! filler " + day);
        }
    }

    private List<String> initial(int count) {
        List<String> config = new ArrayList<>(count);
        config.add("version 17.9");
        config.add("hostname core-" + random.nextInt(1000));
        int port = 1;
        while (config.size() < count) {
            switch (random.nextInt(5)) {
                case 0, 1 -> {
                    config.add("interface GigabitEthernet1/0/" + port++);
                    config.add(" description " + word() + " " + word() + " rack " + random.nextInt(40));
                    config.add(" switchport access vlan " + (100 + random.nextInt(3000)));
                    config.add(" spanning-tree portfast");
                    config.add("!");
                }
                case 2 ->
                    config.add(" permit tcp 10." + random.nextInt(256) + ".0.0 0.0.255.255 any eq "
                            + random.nextInt(65_536));
                case 3 -> config.add("vlan " + (100 + random.nextInt(3000)) + "\n name " + word().toUpperCase());
                default ->
                    config.add(" network 10." + random.nextInt(256) + "." + random.nextInt(256) + ".0 0.0.0.255 area "
                            + random.nextInt(10));
            }
        }
        return new ArrayList<>(String.join("\n", config).lines().limit(count).toList());
    }

    private String word() {
        String[] words = {"uplink", "server", "printer", "camera", "ap", "firewall", "storage", "voip", "lab", "mgmt"};
        return words[random.nextInt(words.length)];
    }
}
