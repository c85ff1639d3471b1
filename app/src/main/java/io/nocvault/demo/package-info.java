/**
 * The demo lab ({@code nocvault.demo.enabled}, {@code ./nocvault --demo}): an in-process device simulator with two
 * NOCs, "Demo Johannesburg" reached directly and "Demo Cape Town" behind a simulated jump server, and about twenty
 * simulated devices of mixed platforms in the inventory, backed up once at start and changed now and then so that
 * versions and diffs appear. Without the switch nothing of it exists: no simulator port, no NOC, no device.
 *
 * <p>The module offers no API; it uses the NOC, inventory, backup and drivers modules' APIs and the device simulator.
 */
@ApplicationModule(
        displayName = "Demo lab",
        allowedDependencies = {"common", "noc", "inventory", "backup", "drivers", "simulator"})
package io.nocvault.demo;

import org.springframework.modulith.ApplicationModule;
