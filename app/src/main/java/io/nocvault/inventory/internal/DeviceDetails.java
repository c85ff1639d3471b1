package io.nocvault.inventory.internal;

import io.nocvault.inventory.DeviceSummary;
import java.time.Instant;

/**
 * A device as its own page and the API show it: the summary, the user name, whether secrets are set (never the
 * secrets), the timeout overrides in seconds ({@code null}: inherited) and the NOC's name.
 */
public record DeviceDetails(
        DeviceSummary summary,
        String nocName,
        String username,
        boolean passwordSet,
        boolean enableSecretSet,
        Integer connectTimeout,
        Integer loginTimeout,
        Integer commandTimeout,
        Instant createdAt,
        Instant updatedAt) {

    public long id() {
        return summary.id();
    }
}
