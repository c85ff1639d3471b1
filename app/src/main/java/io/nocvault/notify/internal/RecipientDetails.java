package io.nocvault.notify.internal;

import io.nocvault.noc.NocSummary;
import java.time.Instant;
import java.util.List;

/**
 * A recipient as the caller may see him: {@code nocs} lists only the NOCs the caller sees; {@code global} is true
 * for a recipient without NOCs (he receives alerts of every NOC and global alerts).
 */
public record RecipientDetails(
        long id,
        String name,
        String phone,
        String email,
        boolean global,
        List<NocSummary> nocs,
        boolean deviceAlerts,
        boolean backupAlerts,
        boolean configAlerts,
        boolean enabled,
        Instant createdAt,
        Instant updatedAt) {

    public List<Long> nocIds() {
        return nocs.stream().map(NocSummary::id).toList();
    }

    /** The preferences in words, e.g. {@code device, backup}. */
    public String preferences() {
        List<String> parts = new java.util.ArrayList<>();
        if (deviceAlerts) {
            parts.add("device");
        }
        if (backupAlerts) {
            parts.add("backup");
        }
        if (configAlerts) {
            parts.add("config changes");
        }
        return parts.isEmpty() ? "none" : String.join(", ", parts);
    }
}
