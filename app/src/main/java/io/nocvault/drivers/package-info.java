/**
 * Device drivers: the YAML driver format, the built-in drivers, user-defined device types and the CLI dialog
 * engine that a transport drives.
 *
 * <p>API: {@link io.nocvault.drivers.DriverCatalog} (find a resolved {@link io.nocvault.drivers.Driver}),
 * {@link io.nocvault.drivers.DialogEngine} (open a {@link io.nocvault.drivers.CliDialog} on a transport's
 * {@link io.nocvault.drivers.CliChannel}), {@link io.nocvault.drivers.ConfigNormalizer} and
 * {@link io.nocvault.drivers.SecretMasker}; failures are {@link io.nocvault.drivers.CaptureException}s with a
 * {@link io.nocvault.drivers.FailureKind}. Modules that refer to device types implement
 * {@link io.nocvault.drivers.DeviceTypeUsage} so that a type in use is not deleted.
 */
@ApplicationModule(displayName = "Drivers")
package io.nocvault.drivers;

import org.springframework.modulith.ApplicationModule;
