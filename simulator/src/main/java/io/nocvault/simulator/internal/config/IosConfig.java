package io.nocvault.simulator.internal.config;

import java.util.List;

/** Cisco IOS and IOS-XE switch configs. */
final class IosConfig implements ConfigGenerator {

    private final boolean xe;

    IosConfig(boolean xe) {
        this.xe = xe;
    }

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> port(c, i), 4, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.add(xe ? "version 17.9" : "version 15.2", "service timestamps debug datetime msec");
        w.add("service timestamps log datetime msec", "service password-encryption", "!");
        w.f("hostname %s", c.hostname()).add("!", "boot-start-marker", "boot-end-marker", "!");
        w.add("logging buffered 64000 informational");
        w.add(
                xe
                        ? "enable secret 9 $9$" + c.cryptChars(14) + "$" + c.cryptChars(43)
                        : "enable secret 5 " + c.md5Crypt());
        w.add("!");
        if (xe) {
            w.f("username %s privilege 15 secret 9 $9$%s$%s", c.username(), c.cryptChars(14), c.cryptChars(43));
        } else {
            w.f("username %s privilege 15 secret 5 %s", c.username(), c.md5Crypt());
        }
        w.f("username noc-admin privilege 15 secret 5 %s", c.md5Crypt());
        w.f("username backup privilege 1 password 7 %s", c.type7());
        w.add("aaa new-model", "aaa authentication login default local", "aaa authorization exec default local", "!");
        w.add("clock timezone UTC 0 0", "ip domain name example.net", "ip name-server 10.0.0.53");
        w.add("no ip http server", "no ip http secure-server", "ip ssh version 2", "!");
        w.add("spanning-tree mode rapid-pvst", "spanning-tree extend system-id", "!");
        String[][] vlans = {{"10", "USERS"}, {"20", "VOICE"}, {"30", "PRINTERS"}, {"99", "MGMT"}};
        for (String[] v : vlans) {
            w.f("vlan %s", v[0]).f(" name %s", v[1]).add("!");
        }
        return w.lines();
    }

    private List<String> port(GenContext c, int i) {
        String name =
                String.format("interface %s%d/0/%d", xe ? "TwentyFiveGigE" : "GigabitEthernet", 1 + i / 48, 1 + i % 48);
        ConfigWriter w = new ConfigWriter().add(name);
        switch (c.nextInt(5)) {
            case 0 ->
                w.f(" description %s", c.description(i))
                        .add(" switchport trunk allowed vlan 10,20,30,99", " switchport mode trunk");
            case 1 -> w.add(" shutdown");
            case 2 ->
                w.f(" description %s", c.description(i))
                        .add(" no switchport")
                        .f(" ip address %s 255.255.255.252", c.ifaceIp(i));
            default ->
                w.f(" description %s", c.description(i))
                        .f(" switchport access vlan %d", c.chance(70) ? 10 : 30)
                        .add(" switchport voice vlan 20", " switchport mode access", " spanning-tree portfast");
        }
        return w.add("!").lines();
    }

    private List<String> tail(GenContext c) {
        ConfigWriter w = new ConfigWriter();
        w.add("interface Vlan1", " no ip address", " shutdown", "!", "interface Vlan99");
        w.f(" description %s management", c.hostname()).f(" ip address %s 255.255.255.0", c.mgmtIp());
        w.add("!", "ip default-gateway " + c.gateway(), "ip route 0.0.0.0 0.0.0.0 " + c.gateway());
        for (int k = 0; k < 3; k++) {
            w.f("ip route 10.100.%d.0 255.255.255.0 %s", k, c.gateway());
        }
        w.add("!", "ip access-list standard MGMT", " permit 10.0.0.0 0.255.255.255", " deny   any log", "!");
        w.add("logging host 10.0.0.20", "snmp-server community n0cR34d-" + c.hex(6) + " RO MGMT");
        w.f("snmp-server location %s rack %d, DC1", c.hostname(), 1 + c.nextInt(40));
        w.add("snmp-server contact noc@example.net", "!", "banner motd ^C");
        w.f("Authorized access only - %s", c.hostname()).add("^C", "!");
        w.add("line con 0", " exec-timeout 15 0", " logging synchronous", "line vty 0 4", " access-class MGMT in");
        w.add(" exec-timeout 15 0", " password 7 " + c.type7(), " transport input ssh", "line vty 5 15");
        w.add(" transport input ssh", "!", "ntp clock-period 17179869", "ntp server 10.0.0.123");
        return w.add("ntp server 10.0.1.123", "!", "end").lines();
    }
}
