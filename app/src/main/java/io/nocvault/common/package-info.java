/**
 * Conventions shared by every module: API paging, not-found and problem details. Open module: its types are
 * used everywhere and it depends on no other module.
 */
@ApplicationModule(displayName = "Common", type = ApplicationModule.Type.OPEN)
package io.nocvault.common;

import org.springframework.modulith.ApplicationModule;
