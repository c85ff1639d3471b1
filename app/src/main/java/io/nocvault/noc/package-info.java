/**
 * NOCs (sites) with contact data and jump server, per-user NOC access grants, and {@link
 * io.nocvault.noc.NocScope}: the one scoping mechanism every query of NOC-owned data goes through.
 */
@ApplicationModule(displayName = "NOCs")
package io.nocvault.noc;

import org.springframework.modulith.ApplicationModule;
