package io.nocvault.simulator.internal.config;

import java.util.List;

/** Cisco NX-OS configs. */
final class NxosConfig implements ConfigGenerator {

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> port(c, i), 4, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.f("hostname %s", c.hostname()).f("vdc %s id 1", c.hostname());
        w.add("  limit-resource vlan minimum 16 maximum 4094", "  limit-resource vrf minimum 2 maximum 4096", "");
        w.add("feature tacacs+", "feature interface-vlan", "feature lacp", "feature lldp", "");
        w.f("username %s password 5 %s  role network-admin", c.username(), c.sha256Crypt());
        w.f("username backup password 5 %s  role network-operator", c.sha256Crypt());
        w.add("ip domain-lookup", "ip domain-name example.net");
        w.f(
                "snmp-server user %s network-admin auth md5 0x%s priv 0x%s localizedkey",
                c.username(), c.hex(32), c.hex(32));
        w.f("snmp-server location %s", c.hostname()).add("ntp server 10.0.0.123 use-vrf management", "");
        w.add("ip route 0.0.0.0/0 " + c.gateway());
        for (int k = 0; k < 3; k++) {
            w.f("ip route 10.100.%d.0/24 %s", k, c.gateway());
        }
        w.add("vlan 1,10,20,99", "vlan 10", "  name USERS", "vlan 20", "  name SERVERS", "vlan 99", "  name MGMT", "");
        w.add("vrf context management", "  ip route 0.0.0.0/0 " + c.gateway(), "");
        return w.lines();
    }

    private List<String> port(GenContext c, int i) {
        ConfigWriter w = new ConfigWriter().f("interface Ethernet%d/%d", 1 + i / 48, 1 + i % 48);
        if (c.chance(20)) {
            return w.add("  shutdown", "").lines();
        }
        w.f("  description %s", c.description(i));
        if (c.chance(30)) {
            w.add("  switchport mode trunk", "  switchport trunk allowed vlan 10,20,99");
        } else {
            w.f("  switchport access vlan %d", c.chance(60) ? 10 : 20);
        }
        return w.add("  no shutdown", "").lines();
    }

    private List<String> tail(GenContext c) {
        ConfigWriter w = new ConfigWriter();
        w.add("interface mgmt0", "  vrf member management")
                .f("  ip address %s/24", c.mgmtIp())
                .add("");
        w.add("line console", "  exec-timeout 15", "line vty", "  exec-timeout 15");
        return w.add("boot nxos bootflash:/nxos.9.3.10.bin", "").lines();
    }
}
