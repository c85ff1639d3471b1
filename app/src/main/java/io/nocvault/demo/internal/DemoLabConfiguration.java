package io.nocvault.demo.internal;

import io.nocvault.backup.BackupRuns;
import io.nocvault.common.DataDirectory;
import io.nocvault.drivers.DriverCatalog;
import io.nocvault.inventory.DeviceDirectory;
import io.nocvault.inventory.DeviceProvisioning;
import io.nocvault.noc.NocProvisioning;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The demo lab's beans, only with {@code nocvault.demo.enabled=true} ({@code ./nocvault --demo}). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("nocvault.demo.enabled")
class DemoLabConfiguration {

    @Bean
    DemoLab demoLab(
            DemoLabProperties properties,
            DataDirectory dataDirectory,
            NocProvisioning nocs,
            DeviceProvisioning devices,
            DeviceDirectory directory,
            ObjectProvider<BackupRuns> runs,
            DriverCatalog drivers) {
        return new DemoLab(
                properties,
                new LabFiles(dataDirectory.root().resolve("demo")),
                new LabProvisioner(nocs, devices, directory),
                new LabBackups(runs, directory),
                drivers);
    }
}
