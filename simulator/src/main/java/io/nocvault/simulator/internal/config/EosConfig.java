package io.nocvault.simulator.internal.config;

import java.util.List;

/** Arista EOS configs. */
final class EosConfig implements ConfigGenerator {

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> port(c, i), 4, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.f("! device: %s (DCS-7050SX3-48YC8, EOS-4.30.1F)", c.hostname());
        w.add("!", "! boot system flash:/EOS-4.30.1F.swi", "!", "no aaa root", "!");
        w.f("username %s privilege 15 role network-admin secret sha512 %s", c.username(), c.sha512Crypt());
        w.f("username backup privilege 1 role network-operator secret sha512 %s", c.sha512Crypt());
        w.add("enable password sha512 " + c.sha512Crypt(), "!", "transceiver qsfp default-mode 4x10G", "!");
        w.f("hostname %s", c.hostname()).add("ip domain-name example.net", "ip name-server vrf default 10.0.0.53");
        w.add("!", "ntp server 10.0.0.123", "!", "snmp-server community n0cR34d-" + c.hex(6) + " ro");
        w.f("snmp-server location %s", c.hostname()).add("!", "spanning-tree mode mstp", "!");
        w.add("vlan 10", "   name USERS", "!", "vlan 20", "   name SERVERS", "!");
        return w.lines();
    }

    private List<String> port(GenContext c, int i) {
        ConfigWriter w = new ConfigWriter().f("interface Ethernet%d", i + 1);
        if (c.chance(20)) {
            return w.add("   shutdown", "!").lines();
        }
        w.f("   description %s", c.description(i));
        if (c.chance(30)) {
            w.add("   no switchport").f("   ip address %s/30", c.ifaceIp(i));
        } else {
            w.f("   switchport access vlan %d", c.chance(60) ? 10 : 20);
        }
        return w.add("!").lines();
    }

    private List<String> tail(GenContext c) {
        ConfigWriter w = new ConfigWriter();
        w.add("interface Management1").f("   ip address %s/24", c.mgmtIp()).add("!", "ip routing", "!");
        w.add("ip route 0.0.0.0/0 " + c.gateway());
        for (int k = 0; k < 3; k++) {
            w.f("ip route 10.100.%d.0/24 %s", k, c.gateway());
        }
        return w.add("!", "management api http-commands", "   no shutdown", "!", "end")
                .lines();
    }
}
