package io.nocvault.simulator.internal.config;

import java.util.List;

/** Cisco IOS-XR configs. */
final class IosxrConfig implements ConfigGenerator {

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> port(c, i), 4, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.f("hostname %s", c.hostname()).add("clock timezone UTC Etc/UTC", "logging console informational");
        w.add("logging 10.0.0.20 vrf default severity info", "domain name example.net");
        w.f("username %s", c.username()).add(" group root-lr", " group cisco-support");
        w.add(" secret 10 " + c.sha512Crypt(), "!", "username backup", " group read-only-tg");
        w.add(" password 7 " + c.type7(), "!", "line default", " exec-timeout 15 0", " transport input ssh", "!");
        w.add("ntp", " server 10.0.0.123", " server 10.0.1.123", "!");
        return w.lines();
    }

    private List<String> port(GenContext c, int i) {
        ConfigWriter w = new ConfigWriter().f("interface GigabitEthernet0/0/%d/%d", i / 24, i % 24);
        if (c.chance(20)) {
            return w.add(" shutdown", "!").lines();
        }
        w.f(" description %s", c.description(i)).f(" ipv4 address %s 255.255.255.252", c.ifaceIp(i));
        if (c.chance(30)) {
            w.add(" mtu 9216");
        }
        return w.add("!").lines();
    }

    private List<String> tail(GenContext c) {
        ConfigWriter w = new ConfigWriter();
        w.add("interface MgmtEth0/RP0/CPU0/0")
                .f(" ipv4 address %s 255.255.255.0", c.mgmtIp())
                .add("!");
        w.add("router static", " address-family ipv4 unicast", "  0.0.0.0/0 " + c.gateway());
        for (int k = 0; k < 3; k++) {
            w.f("  10.100.%d.0/24 %s", k, c.gateway());
        }
        w.add(
                " !",
                "!",
                "router ospf CORE",
                " router-id " + c.mgmtIp(),
                " area 0",
                "  interface Loopback0",
                "   passive");
        w.add("  !", " !", "!", "ssh server v2", "ssh server vrf default", "end");
        return w.lines();
    }
}
