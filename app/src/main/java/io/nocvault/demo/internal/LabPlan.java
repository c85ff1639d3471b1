package io.nocvault.demo.internal;

import io.nocvault.simulator.Platforms;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo lab's devices: {@code devicesPerNoc} in each NOC, platforms taken in turn from every built-in platform so
 * that twenty devices cover all fifteen, named like a real site ({@code jnb-rtr-01}, {@code cpt-fw-01}) and on
 * consecutive ports from the base port. The same settings always give the same plan.
 */
record LabPlan(List<Device> devices) {

    static final String JOHANNESBURG = "Demo Johannesburg";
    static final String CAPE_TOWN = "Demo Cape Town";
    static final String DEMO_TAG = "demo";

    /** One planned device; {@code behindJump} for the Cape Town NOC. */
    record Device(
            String hostname, String platform, int port, boolean behindJump, Set<String> tags, String description) {}

    private record Role(String name, String kind, String label) {}

    private static final Map<String, Role> ROLES = Map.ofEntries(
            Map.entry("cisco_ios", new Role("rtr", "router", "Cisco IOS branch router")),
            Map.entry("cisco_iosxe", new Role("edge", "router", "Cisco IOS-XE edge router")),
            Map.entry("cisco_nxos", new Role("dc-sw", "switch", "Cisco NX-OS data centre switch")),
            Map.entry("cisco_iosxr", new Role("pe", "router", "Cisco IOS-XR provider edge")),
            Map.entry("cisco_asa", new Role("fw", "firewall", "Cisco ASA firewall")),
            Map.entry("arista_eos", new Role("leaf", "switch", "Arista EOS leaf switch")),
            Map.entry("juniper_junos", new Role("mx", "router", "Juniper Junos router")),
            Map.entry("fortinet_fortios", new Role("fgt", "firewall", "FortiGate firewall")),
            Map.entry("paloalto_panos", new Role("pa", "firewall", "Palo Alto PAN-OS firewall")),
            Map.entry("aruba_aoscx", new Role("cx", "switch", "Aruba AOS-CX switch")),
            Map.entry("hp_procurve", new Role("acc-sw", "switch", "HPE ProCurve access switch")),
            Map.entry("hp_comware", new Role("agg-sw", "switch", "HPE Comware aggregation switch")),
            Map.entry("huawei_vrp", new Role("ne", "router", "Huawei VRP router")),
            Map.entry("mikrotik_routeros", new Role("mt", "router", "MikroTik RouterOS router")),
            Map.entry("linux", new Role("srv", "server", "Linux server")));

    LabPlan {
        devices = List.copyOf(devices);
    }

    static LabPlan of(int devicesPerNoc, int basePort) {
        List<String> platforms = Platforms.keys();
        List<Device> devices = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < 2 * devicesPerNoc; i++) {
            boolean capeTown = i >= devicesPerNoc;
            String platform = platforms.get(i % platforms.size());
            Role role = ROLES.getOrDefault(platform, new Role(platform.replace('_', '-'), "device", platform));
            String prefix = capeTown ? "cpt" : "jnb";
            int n = counts.merge(prefix + role.name(), 1, Integer::sum);
            String hostname = prefix + "-" + role.name() + "-" + String.format("%02d", n);
            String city = capeTown ? "Cape Town" : "Johannesburg";
            devices.add(new Device(
                    hostname,
                    platform,
                    basePort + i,
                    capeTown,
                    Set.of(DEMO_TAG, role.kind(), prefix),
                    "Demo lab: simulated " + role.label() + " in " + city));
        }
        return new LabPlan(devices);
    }

    int lastPort() {
        return devices.getLast().port();
    }
}
