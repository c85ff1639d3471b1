package io.nocvault.simulator.internal.config;

import java.util.List;

/** Aruba AOS-CX and HPE ProCurve / ArubaOS-Switch configs. */
final class ArubaConfig implements ConfigGenerator {

    private final boolean procurve;

    ArubaConfig(boolean procurve) {
        this.procurve = procurve;
    }

    @Override
    public List<String> generate(GenContext c) {
        if (procurve) {
            return ConfigWriter.assemble(c, procurveHead(c), i -> procurvePort(c, i), 4, procurveTail(c));
        }
        return ConfigWriter.assemble(c, cxHead(c), i -> cxPort(c, i), 4, cxTail(c));
    }

    private List<String> cxHead(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.f("hostname %s", c.hostname());
        w.f("user %s group administrators password ciphertext AQBapX%s", c.username(), c.base64(80));
        w.f("user backup group operators password ciphertext AQBapX%s", c.base64(80));
        w.add("clock timezone utc", "ntp server 10.0.0.123 iburst", "ntp enable", "!", "ssh server vrf mgmt");
        w.add("snmp-server vrf mgmt", "snmp-server community n0cR34d-" + c.hex(6));
        w.f("snmp-server system-location %s", c.hostname()).add("vlan 1,10,20", "vlan 10", "    name USERS");
        w.add("vlan 20", "    name SERVERS", "spanning-tree", "interface mgmt", "    no shutdown");
        w.f("    ip static %s/24", c.mgmtIp()).f("    default-gateway %s", c.gateway());
        return w.lines();
    }

    private List<String> cxPort(GenContext c, int i) {
        ConfigWriter w = new ConfigWriter().f("interface 1/%d/%d", 1 + i / 48, 1 + i % 48);
        if (c.chance(20)) {
            return w.add("    shutdown").lines();
        }
        w.f("    description %s", c.description(i)).add("    no shutdown");
        return w.f("    vlan access %d", c.chance(60) ? 10 : 20).lines();
    }

    private List<String> cxTail(GenContext c) {
        ConfigWriter w = new ConfigWriter().add("interface vlan 10").f("    ip address %s/24", c.userGateway());
        for (int k = 0; k < 3; k++) {
            w.f("ip route 10.100.%d.0/24 %s", k, c.gateway());
        }
        return w.add("!", "https-server vrf mgmt").lines();
    }

    private List<String> procurveHead(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.add("; Ver #14:41.44.00.04.19.02.13.98.82.34.61.18.28.f3.84.9c.63.ff.37.27:05", "");
        w.f("hostname \"%s\"", c.hostname()).add("module 1 type j9729a", "module 2 type j9731a");
        w.f("snmp-server community \"n0cR34d-%s\" unrestricted", c.hex(6));
        w.f("snmp-server location \"%s rack %d\"", c.hostname(), 1 + c.nextInt(40));
        w.add(
                "timesync sntp",
                "sntp unicast",
                "sntp server priority 1 10.0.0.123",
                "ip default-gateway " + c.gateway());
        for (int k = 0; k < 3; k++) {
            w.f("ip route 10.100.%d.0 255.255.255.0 %s", k, c.gateway());
        }
        return w.add("ip routing").lines();
    }

    private List<String> procurvePort(GenContext c, int i) {
        return new ConfigWriter()
                .f("interface %d", i + 1)
                .f("   name \"%s\"", c.description(i))
                .add(c.chance(20) ? "   disable" : "   flow-control", "   exit")
                .lines();
    }

    private List<String> procurveTail(GenContext c) {
        ConfigWriter w = new ConfigWriter().add("vlan 1", "   name \"DEFAULT_VLAN\"", "   untagged 1-48");
        w.add("   ip address dhcp-bootp", "   exit", "vlan 10", "   name \"USERS\"", "   tagged 49-52");
        w.f("   ip address %s 255.255.255.0", c.mgmtIp()).add("   exit", "spanning-tree", "no tftp server");
        w.f("password manager user-name \"%s\" sha1 \"%s\"", c.username(), c.hex(40));
        return w.lines();
    }
}
