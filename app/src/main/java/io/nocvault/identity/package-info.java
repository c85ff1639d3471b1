/**
 * Users, roles, login (UI session, API JWT, personal API tokens), lockout, preferences. Its API: {@link
 * io.nocvault.identity.Role}, {@link io.nocvault.identity.CurrentUsers}, {@link io.nocvault.identity.UserDirectory}
 * and the user events.
 */
@ApplicationModule(displayName = "Identity")
package io.nocvault.identity;

import org.springframework.modulith.ApplicationModule;
