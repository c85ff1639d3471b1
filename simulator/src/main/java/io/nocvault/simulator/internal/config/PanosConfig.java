package io.nocvault.simulator.internal.config;

import java.util.List;

/** Palo Alto PAN-OS configs ({@code show config running}). */
final class PanosConfig implements ConfigGenerator {

    @Override
    public List<String> generate(GenContext c) {
        return ConfigWriter.assemble(c, head(c), i -> address(c, i), 4, tail(c));
    }

    private List<String> head(GenContext c) {
        ConfigWriter w = new ConfigWriter().addAll(c.header());
        w.add("config {", "  mgt-config {", "    users {").f("      %s {", c.username());
        w.f("        phash %s;", c.sha256Crypt()).add("        permissions {", "          role-based {");
        w.add("            superuser yes;", "          }", "        }", "      }", "    }", "  }", "  shared {");
        w.add("    local-user-database {", "      user {", "        backup {")
                .f("          password %s;", c.base64(44));
        w.add(
                "        }",
                "      }",
                "    }",
                "  }",
                "  devices {",
                "    localhost.localdomain {",
                "      deviceconfig {");
        w.add("        system {").f("          hostname %s;", c.hostname()).f("          ip-address %s;", c.mgmtIp());
        w.add("          netmask 255.255.255.0;").f("          default-gateway %s;", c.gateway());
        w.add(
                "          ntp-servers {",
                "            primary-ntp-server {",
                "              ntp-server-address 10.0.0.123;");
        w.add(
                "            }",
                "          }",
                "        }",
                "      }",
                "      network {",
                "        ike {",
                "          gateway {");
        w.add("            gw-branch {", "              authentication {", "                pre-shared-key {");
        w.f("                  key -AQ==%s;", c.base64(60))
                .add("                }", "              }", "            }");
        w.add("          }", "        }", "      }", "      vsys {", "        vsys1 {", "          address {");
        for (int k = 0; k < 3; k++) {
            w.f("            net-10.100.%d.0 {", k).f("              ip-netmask 10.100.%d.0/24;", k);
            w.f("              description \"site network %d of %s\";", k, c.hostname())
                    .add("            }");
        }
        return w.lines();
    }

    private List<String> address(GenContext c, int i) {
        String ip = c.ifaceIp(i);
        return new ConfigWriter()
                .f("            host-%s {", ip)
                .f("              ip-netmask %s/32;", ip)
                .f("              description \"%s\";", c.description(i))
                .add("            }")
                .lines();
    }

    private List<String> tail(GenContext c) {
        return new ConfigWriter()
                .add("          }", "          zone {", "            trust {", "              network {")
                .add("                layer3 ethernet1/2;", "              }", "            }", "          }")
                .add("        }", "      }", "    }", "  }", "}")
                .lines();
    }
}
