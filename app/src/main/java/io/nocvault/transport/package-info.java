/**
 * SSH sessions to devices, directly or through a NOC's jump server by local port forwarding over one jump
 * session; host keys pinned on first use per device and per jump server. Nothing is installed on a jump server.
 */
@ApplicationModule(displayName = "Transport")
package io.nocvault.transport;

import org.springframework.modulith.ApplicationModule;
