package io.nocvault.simulator.internal.config;

import java.util.List;

/** Fortinet FortiOS configs ({@code show full-configuration}, abridged). */
final class FortiosConfig implements ConfigGenerator {

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> port(c, i), 4, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.add("config system global", "    set admintimeout 30").f("    set alias \"%s\"", c.hostname());
        w.f("    set hostname \"%s\"", c.hostname()).add("    set timezone 04", "end", "config system admin");
        w.f("    edit \"%s\"", c.username()).add("        set accprofile \"super_admin\"", "        set vdom \"root\"");
        w.add("        set password ENC " + c.base64(88), "    next", "end", "config system dns");
        w.add("    set primary 10.0.0.53", "    set secondary 10.0.1.53", "end", "config system ntp");
        w.add("    set ntpsync enable", "    set type custom", "    config ntpserver", "        edit 1");
        w.add("            set server \"10.0.0.123\"", "        next", "    end", "end", "config system interface");
        w.add("    edit \"mgmt\"", "        set vdom \"root\"").f("        set ip %s 255.255.255.0", c.mgmtIp());
        w.add("        set allowaccess ping https ssh", "        set type physical")
                .f("        set description \"%s mgmt\"", c.hostname());
        return w.add("    next").lines();
    }

    private List<String> port(GenContext c, int i) {
        ConfigWriter w = new ConfigWriter().f("    edit \"port%d\"", i + 1).add("        set vdom \"root\"");
        if (c.chance(20)) {
            return w.add("        set status down", "        set type physical", "    next")
                    .lines();
        }
        w.f("        set ip %s 255.255.255.252", c.ifaceIp(i)).add("        set allowaccess ping");
        w.add("        set type physical").f("        set description \"%s\"", c.description(i));
        return w.add("    next").lines();
    }

    private List<String> tail(GenContext c) {
        ConfigWriter w = new ConfigWriter().add("end", "config firewall address");
        for (int k = 0; k < 3; k++) {
            w.f("    edit \"net-10.100.%d.0\"", k).f("        set subnet 10.100.%d.0 255.255.255.0", k);
            w.f("        set comment \"site network %d\"", k).add("    next");
        }
        w.add("end", "config router static", "    edit 1").f("        set gateway %s", c.gateway());
        w.add("        set device \"mgmt\"", "    next", "end", "config vpn ipsec phase1-interface");
        w.add("    edit \"to-branch\"", "        set interface \"port1\"", "        set remote-gw 198.51.100.7");
        w.add("        set psksecret ENC " + c.base64(88), "    next", "end", "config user local");
        w.add("    edit \"backup\"", "        set type password", "        set passwd ENC " + c.base64(88));
        return w.add("    next", "end").lines();
    }
}
