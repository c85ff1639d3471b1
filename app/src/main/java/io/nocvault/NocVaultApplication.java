package io.nocvault;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

/** NocVault: network configuration backup and operations for many NOCs. */
@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "NocVault", sharedModules = "common")
public class NocVaultApplication {

    public static void main(String[] args) {
        SpringApplication.run(NocVaultApplication.class, args);
    }
}
