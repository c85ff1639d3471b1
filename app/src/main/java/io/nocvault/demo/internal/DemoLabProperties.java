package io.nocvault.demo.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code nocvault.demo.*}: the demo lab. The ports are taken at the first start only and then kept in
 * {@code <data-dir>/demo/lab.properties}, so that the devices in the inventory keep working after a restart.
 *
 * @param enabled start the demo lab ({@code ./nocvault --demo})
 * @param jumpPort the simulated jump server's SSH port on 127.0.0.1
 * @param basePort the first device's SSH port; the devices take consecutive ports from here
 * @param devicesPerNoc simulated devices in each of the two NOCs
 * @param changeInterval how often one or two devices change their config; 0 = never
 * @param configLines the approximate size of each generated config in lines
 */
@ConfigurationProperties("nocvault.demo")
record DemoLabProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("20200") int jumpPort,
        @DefaultValue("20201") int basePort,
        @DefaultValue("10") int devicesPerNoc,
        @DefaultValue("10m") Duration changeInterval,
        @DefaultValue("300") int configLines) {

    static final int MAX_DEVICES_PER_NOC = 500;

    DemoLabProperties {
        if (devicesPerNoc < 1 || devicesPerNoc > MAX_DEVICES_PER_NOC) {
            throw new IllegalArgumentException(
                    "nocvault.demo.devices-per-noc must be between 1 and " + MAX_DEVICES_PER_NOC);
        }
        if (changeInterval == null || changeInterval.isNegative()) {
            throw new IllegalArgumentException("nocvault.demo.change-interval must not be negative");
        }
        if (jumpPort < 1 || jumpPort > 65535 || basePort < 1 || basePort + 2 * devicesPerNoc - 1 > 65535) {
            throw new IllegalArgumentException(
                    "nocvault.demo.jump-port and base-port must leave room for the devices" + " below port 65536");
        }
        if (configLines < 10) {
            throw new IllegalArgumentException("nocvault.demo.config-lines must be at least 10");
        }
    }
}
