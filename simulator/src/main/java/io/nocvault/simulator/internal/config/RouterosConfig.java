package io.nocvault.simulator.internal.config;

import java.util.List;

/** MikroTik RouterOS configs ({@code /export}). */
final class RouterosConfig implements ConfigGenerator {

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> entry(c, i), 4, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.f("# software id = %s-%s", c.upperHex(4), c.upperHex(4)).add("#", "# model = CCR2004-1G-12S+2XS");
        w.f("# serial number = %s", c.serial("HE")).add("/interface bridge", "add name=bridge1");
        w.add("/interface ethernet").f("set [ find default-name=ether1 ] comment=\"%s uplink\"", c.hostname());
        w.add("/interface vlan", "add interface=bridge1 name=vlan10 vlan-id=10", "/ppp secret");
        w.f("add name=vpn-user password=%s profile=default-encryption service=l2tp", c.base64(16));
        w.add("/ip ipsec peer", "add address=198.51.100.7/32 name=branch", "/ip ipsec identity");
        w.f("add peer=branch secret=%s", c.base64(24)).add("/ip address");
        w.f("add address=%s/24 interface=ether1 network=%s.0", c.mgmtIp(), c.mgmtNet());
        w.add("/ip dns", "set servers=10.0.0.53", "/ip firewall address-list");
        return w.lines();
    }

    private List<String> entry(GenContext c, int i) {
        return List.of(String.format(
                "add address=%s comment=\"%s\" list=%s-allowed", c.ifaceIp(i), c.description(i), c.hostname()));
    }

    private List<String> tail(GenContext c) {
        ConfigWriter w = new ConfigWriter().add("/ip route").f("add dst-address=0.0.0.0/0 gateway=%s", c.gateway());
        for (int k = 0; k < 3; k++) {
            w.f("add dst-address=10.100.%d.0/24 gateway=%s", k, c.gateway());
        }
        w.add("/system clock", "set time-zone-name=UTC", "/system identity").f("set name=%s", c.hostname());
        return w.add("/system ntp client", "set enabled=yes", "/system ntp client servers", "add address=10.0.0.123")
                .lines();
    }
}
