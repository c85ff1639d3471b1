package io.nocvault.simulator.internal.config;

import java.util.List;

/** A Linux host: the text of {@code cat /etc/hostname /etc/hosts} (first line is /etc/hostname). */
final class LinuxConfig implements ConfigGenerator {

    @Override
    public List<String> generate(GenContext c) {
        ConfigWriter head = new ConfigWriter().add(c.hostname(), "127.0.0.1\tlocalhost");
        head.f("127.0.1.1\t%s.example.net\t%s", c.hostname(), c.hostname()).add("");
        head.add("# The following lines are desirable for IPv6 capable hosts");
        head.add("::1     localhost ip6-localhost ip6-loopback", "ff02::1 ip6-allnodes", "ff02::2 ip6-allrouters", "");
        head.add("# lab hosts");
        for (int k = 0; k < 3; k++) {
            head.f("10.100.%d.1\tgw-%d.example.net\tgw-%d\t# site gateway %d", k, k, k, k);
        }
        return ConfigWriter.assemble(c, head.lines(), i -> host(c, i), 4, List.of());
    }

    private List<String> host(GenContext c, int i) {
        String name = String.format("srv-%05d", i + 1);
        return List.of(String.format("%s\t%s.example.net\t%s\t# %s", c.ifaceIp(i), name, name, c.description(i)));
    }
}
