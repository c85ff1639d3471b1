package io.nocvault.simulator.internal.config;

import java.util.List;

/** Juniper Junos configs (curly-brace format as {@code show configuration} prints it). */
final class JunosConfig implements ConfigGenerator {

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> port(c, i), 4, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.add("version 21.4R3-S3.4;", "system {").f("    host-name %s;", c.hostname());
        w.add("    domain-name example.net;", "    time-zone UTC;", "    root-authentication {");
        w.f("        encrypted-password \"%s\"; ## SECRET-DATA", c.sha512Crypt())
                .add("    }", "    login {");
        w.f("        user %s {", c.username()).add("            uid 2000;", "            class super-user;");
        w.add("            authentication {");
        w.f("                encrypted-password \"%s\"; ## SECRET-DATA", c.sha512Crypt());
        w.add("            }", "        }", "    }", "    services {", "        ssh {", "            root-login deny;");
        w.add("        }", "        netconf {", "            ssh;", "        }", "    }", "    radius-server {");
        w.add("        10.0.0.30 {").f("            secret \"$9$%s\"; ## SECRET-DATA", c.cryptChars(24));
        w.add("        }", "    }", "    syslog {", "        file messages {", "            any notice;");
        w.add("        }", "    }", "    ntp {", "        server 10.0.0.123;", "    }", "}", "interfaces {");
        return w.lines();
    }

    private List<String> port(GenContext c, int i) {
        ConfigWriter w = new ConfigWriter().f("    ge-%d/0/%d {", i / 48, i % 48);
        if (c.chance(15)) {
            return w.add("        disable;", "    }").lines();
        }
        w.f("        description \"%s\";", c.description(i)).add("        unit 0 {", "            family inet {");
        w.f("                address %s/30;", c.ifaceIp(i)).add("            }", "        }", "    }");
        return w.lines();
    }

    private List<String> tail(GenContext c) {
        ConfigWriter w = new ConfigWriter();
        w.add("    lo0 {", "        unit 0 {", "            family inet {")
                .f("                address %s/32;", c.mgmtIp());
        w.add("            }", "        }", "    }", "}", "snmp {").f("    location \"%s\";", c.hostname());
        w.add("    contact \"noc@example.net\";", "}", "routing-options {", "    static {");
        w.f("        route 0.0.0.0/0 next-hop %s;", c.gateway());
        for (int k = 0; k < 3; k++) {
            w.f("        route 10.100.%d.0/24 next-hop %s;", k, c.gateway());
        }
        w.add("    }", "}", "protocols {", "    ospf {", "        area 0.0.0.0 {", "            interface lo0.0 {");
        w.add(
                "                passive;",
                "            }",
                "        }",
                "    }",
                "    lldp {",
                "        interface all;");
        return w.add("    }", "}").lines();
    }
}
