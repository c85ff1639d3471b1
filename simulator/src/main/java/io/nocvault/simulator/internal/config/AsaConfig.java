package io.nocvault.simulator.internal.config;

import java.util.List;

/** Cisco ASA configs. */
final class AsaConfig implements ConfigGenerator {

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> block(c, i), 3, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.f("hostname %s", c.hostname()).add("domain-name example.net");
        w.f("enable password %s encrypted", c.base64(16)).add("names", "no mac-address auto", "!");
        w.add("interface Management0/0", " management-only", " nameif management", " security-level 100");
        w.f(" ip address %s 255.255.255.0", c.mgmtIp()).add("!");
        w.add("interface GigabitEthernet0/0", " nameif outside", " security-level 0");
        w.add(" ip address 203.0.113." + (2 + c.nextInt(200)) + " 255.255.255.0", "!");
        return w.lines();
    }

    private List<String> block(GenContext c, int i) {
        ConfigWriter w = new ConfigWriter();
        if (i % 3 == 2) {
            String net = c.ifaceIp(i);
            return w.f("object network obj-%s", net)
                    .f(" host %s", net)
                    .f(" description %s", c.description(i))
                    .lines();
        }
        w.f("interface GigabitEthernet0/%d", 1 + i).f(" description %s", c.description(i));
        w.f(" nameif inside_%d", i + 1).f(" security-level %d", 50 + i % 50);
        return w.f(" ip address %s 255.255.255.252", c.ifaceIp(i)).add("!").lines();
    }

    private List<String> tail(GenContext c) {
        ConfigWriter w = new ConfigWriter();
        w.add("ftp mode passive", "access-list OUTSIDE_IN extended permit tcp any any eq https");
        w.add("pager lines 24", "logging enable", "logging timestamp", "mtu outside 1500", "mtu management 1500");
        w.add("access-group OUTSIDE_IN in interface outside", "route outside 0.0.0.0 0.0.0.0 203.0.113.1 1");
        for (int k = 0; k < 3; k++) {
            w.f("route management 10.100.%d.0 255.255.255.0 %s 1", k, c.gateway());
        }
        w.f("username %s password %s encrypted privilege 15", c.username(), c.base64(16));
        w.f("username backup password %s encrypted privilege 5", c.base64(16));
        w.add("crypto ikev1 policy 10", " authentication pre-share", " encryption aes-256", " hash sha", " group 14");
        w.add("tunnel-group 198.51.100.7 type ipsec-l2l", "tunnel-group 198.51.100.7 ipsec-attributes");
        w.add(" ikev1 pre-shared-key " + c.base64(20), "ssh 10.0.0.0 255.0.0.0 management", "ssh timeout 15");
        w.add("ntp server 10.0.0.123", "Cryptochecksum:" + c.hex(32), ": end");
        return w.lines();
    }
}
