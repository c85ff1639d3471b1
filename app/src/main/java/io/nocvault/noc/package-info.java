/**
 * NOCs (sites) with contact data and jump server, per-user NOC access grants, the navbar NOC switcher, and {@link
 * io.nocvault.noc.NocScope}: the one scoping mechanism every query of NOC-owned data goes through. Other modules
 * use {@link io.nocvault.noc.NocScope}, {@link io.nocvault.noc.NocOwned} with {@link io.nocvault.noc.NocScopeGuard},
 * {@link io.nocvault.noc.NocDirectory}, {@link io.nocvault.noc.NocDeletionCheck}, {@link io.nocvault.noc.NocProvisioning}
 * (creating NOCs without a request, e.g. the demo lab) and the NOC events.
 */
@ApplicationModule(
        displayName = "NOCs",
        allowedDependencies = {"common", "identity", "secrets"})
package io.nocvault.noc;

import org.springframework.modulith.ApplicationModule;
