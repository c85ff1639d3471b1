package io.nocvault.simulator.internal.config;

import java.util.List;

/** HPE Comware and Huawei VRP configs ({@code display current-configuration}). */
final class HuaweiConfig implements ConfigGenerator {

    private final boolean comware;

    HuaweiConfig(boolean comware) {
        this.comware = comware;
    }

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> port(c, i), 4, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        if (comware) {
            w.add("#", " version 7.1.070, Release 3208P03", "#").f(" sysname %s", c.hostname());
            w.add("#", " clock timezone UTC add 00:00:00", "#", " lldp global enable", "#", " ntp-service enable");
            w.add(" ntp-service unicast-server 10.0.0.123", "#", " password-recovery enable", "#", "vlan 1", "#");
            w.add("vlan 10", " name USERS", "#", "vlan 20", " name SERVERS", "#", " stp global enable", "#");
            w.add("interface Vlan-interface1")
                    .f(" ip address %s 255.255.255.0", c.mgmtIp())
                    .add("#");
            return w.lines();
        }
        w.add("#").f("sysname %s", c.hostname()).add("#", "vlan batch 10 20 99", "#", "stp enable", "#", "aaa");
        w.add(" authentication-scheme default", " authorization-scheme default");
        w.f(" local-user %s password irreversible-cipher $1c$%s$", c.username(), c.cryptChars(60));
        w.f(" local-user %s privilege level 15", c.username())
                .f(" local-user %s service-type terminal ssh", c.username());
        w.f(" local-user backup password cipher %%^%%#%s%%^%%#", c.cryptChars(48))
                .add("#");
        w.add("ntp-service unicast-server 10.0.0.123", "#", "interface Vlanif99");
        return w.f(" ip address %s 255.255.255.0", c.mgmtIp()).add("#").lines();
    }

    private List<String> port(GenContext c, int i) {
        ConfigWriter w = new ConfigWriter().f("interface GigabitEthernet%d/0/%d", comware ? 1 : 0, i + 1);
        if (comware) {
            w.add(" port link-mode bridge");
        }
        w.f(" description %s", c.description(i));
        if (comware) {
            w.f(" port access vlan %d", c.chance(60) ? 10 : 20);
        } else {
            w.add(" port link-type access").f(" port default vlan %d", c.chance(60) ? 10 : 20);
        }
        return w.add("#").lines();
    }

    private List<String> tail(GenContext c) {
        ConfigWriter w = new ConfigWriter();
        String mask = comware ? "24" : "255.255.255.0";
        w.f("%sip route-static 0.0.0.0 %s %s", comware ? " " : "", comware ? "0" : "0.0.0.0", c.gateway());
        for (int k = 0; k < 3; k++) {
            w.f("%sip route-static 10.100.%d.0 %s %s", comware ? " " : "", k, mask, c.gateway());
        }
        w.add("#", comware ? " snmp-agent" : "snmp-agent")
                .f("%ssnmp-agent sys-info location %s", comware ? " " : "", c.hostname());
        if (comware) {
            w.add("#").f("local-user %s class manage", c.username()).f(" password hash $h$6$%s", c.base64(88));
            w.add(" service-type ssh terminal", " authorization-attribute user-role network-admin", "#");
            w.add("local-user backup class manage").f(" password cipher $c$3$%s", c.base64(44));
            w.add(" service-type ssh", "#", "line vty 0 63", " authentication-mode scheme", "#", " ssh server enable");
        } else {
            w.add("#", "stelnet server enable").f("ssh user %s authentication-type password", c.username());
            w.add("#", "user-interface vty 0 4", " authentication-mode aaa", " protocol inbound ssh");
        }
        return w.add("#", "return").lines();
    }
}
