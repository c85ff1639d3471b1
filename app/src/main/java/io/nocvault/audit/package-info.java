/**
 * "Recent actions": every user and system action as an entry (time, actor, action, target, NOC, source IP, user
 * agent, success, detail). It listens to {@link io.nocvault.common.AuditableEvent}, so it knows no other module's
 * event classes; {@link io.nocvault.audit.AuditLog} writes an entry directly. Entries are read-only in the UI
 * and API and scoped to the caller's NOCs.
 */
@ApplicationModule(
        displayName = "Audit",
        allowedDependencies = {"identity", "noc"})
package io.nocvault.audit;

import org.springframework.modulith.ApplicationModule;
