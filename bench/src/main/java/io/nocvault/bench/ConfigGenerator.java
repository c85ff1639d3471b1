package io.nocvault.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic switch/router configurations for the compare benchmark: a header, VLANs, many interfaces, access
 * lists, route maps and a routing section, with the repeated lines ({@code !}, {@code exit}, {@code no
 * shutdown}) that real configurations are full of, and an edited copy with a given share of changed lines.
 */
final class ConfigGenerator {

    private final Random random;

    ConfigGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** A configuration of exactly {@code lines} lines. */
    List<String> config(int lines) {
        List<String> out = new ArrayList<>(lines + 64);
        out.addAll(List.of("!", "version 17.9", "service timestamps log datetime msec", "hostname bench-core-1", "!"));
        int vlan = 100;
        int port = 0;
        int acl = 0;
        while (out.size() < lines) {
            int section = random.nextInt(10);
            if (section < 6) {
                iface(out, port++);
            } else if (section < 7) {
                out.addAll(List.of("vlan " + vlan, " name users-" + vlan, " exit", "!"));
                vlan++;
            } else if (section < 9) {
                accessList(out, acl++);
            } else {
                routeMap(out, acl);
            }
        }
        return new ArrayList<>(out.subList(0, lines));
    }

    /**
     * A copy with {@code count} edits at distinct random lines: most change a line in place (descriptions,
     * addresses, VLANs, shutdown), the others delete a line or insert a new one.
     */
    List<String> edited(List<String> config, int count) {
        List<String> copy = new ArrayList<>(config);
        boolean[] touched = new boolean[config.size()];
        List<Integer> positions = new ArrayList<>();
        while (positions.size() < count) {
            int at = random.nextInt(config.size());
            if (!touched[at]) {
                touched[at] = true;
                positions.add(at);
            }
        }
        positions.sort(null);
        for (int i = positions.size() - 1; i >= 0; i--) {
            int at = positions.get(i);
            int kind = random.nextInt(10);
            if (kind < 8) {
                copy.set(at, changed(copy.get(at)));
            } else if (kind < 9) {
                copy.remove(at);
            } else {
                copy.add(at, " description added-" + random.nextInt(1_000_000));
            }
        }
        return copy;
    }

    private void iface(List<String> out, int port) {
        out.add("interface GigabitEthernet" + (1 + port / 48) + "/0/" + (1 + port % 48));
        out.add(" description " + (random.nextBoolean() ? "user port " : "uplink to rack ") + random.nextInt(400));
        if (random.nextInt(3) == 0) {
            out.add(" ip address 10." + (port / 250 % 250) + "." + (port % 250) + ".1 255.255.255.0");
        } else {
            out.add(" switchport mode access");
            out.add(" switchport access vlan " + (100 + random.nextInt(40)));
            out.add(" spanning-tree portfast");
        }
        out.add(random.nextInt(8) == 0 ? " shutdown" : " no shutdown");
        out.add(" exit");
        out.add("!");
    }

    private void accessList(List<String> out, int acl) {
        out.add("ip access-list extended ACL-" + acl);
        int entries = 2 + random.nextInt(6);
        for (int e = 1; e <= entries; e++) {
            out.add(" " + (e * 10) + (random.nextBoolean() ? " permit" : " deny") + " tcp any host 192.168."
                    + random.nextInt(256) + "." + random.nextInt(256) + " eq " + (random.nextBoolean() ? 443 : 22));
        }
        out.add(" exit");
        out.add("!");
    }

    private void routeMap(List<String> out, int acl) {
        out.add("route-map RM-" + acl + " permit 10");
        out.add(" match ip address ACL-" + Math.max(0, acl - 1));
        out.add(" set local-preference " + (100 + random.nextInt(100)));
        out.add(" exit");
        out.add("!");
    }

    private String changed(String line) {
        if (line.startsWith(" description ")) {
            return line + " (moved)";
        }
        if (line.equals(" no shutdown")) {
            return " shutdown";
        }
        if (line.startsWith(" switchport access vlan ")) {
            return " switchport access vlan " + (200 + random.nextInt(40));
        }
        if (line.equals("!")) {
            return "! edited by bench";
        }
        String renumbered = line.replaceAll("\\d+", String.valueOf(1000 + random.nextInt(1000)));
        return renumbered.equals(line) ? line + " ! edited" : renumbered;
    }
}
