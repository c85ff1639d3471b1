package io.nocvault.backup.run;

import io.nocvault.inventory.BackupStatus;
import io.nocvault.inventory.DeviceSummary;
import java.util.Locale;
import java.util.Set;

/**
 * The Backups page's filters: NOC, device type, last backup status ({@code NEVER}, {@code SUCCESS},
 * {@code FAILED}) and a hostname/address search. Unknown values match nothing rather than everything.
 */
record BackupDeviceFilter(Long nocId, String type, String status, String q) {

    boolean matches(DeviceSummary device, Set<Long> listedNocs) {
        if (!listedNocs.contains(device.nocId())) {
            return false;
        }
        if (nocId != null && device.nocId() != nocId) {
            return false;
        }
        if (type != null && !type.isBlank() && !type.equals(device.deviceType())) {
            return false;
        }
        if (status != null && !status.isBlank() && !statusMatches(device.lastBackupStatus())) {
            return false;
        }
        if (q != null && !q.isBlank()) {
            String needle = q.trim().toLowerCase(Locale.ROOT);
            return device.hostname().toLowerCase(Locale.ROOT).contains(needle)
                    || device.address().toLowerCase(Locale.ROOT).contains(needle);
        }
        return true;
    }

    private boolean statusMatches(BackupStatus actual) {
        return actual != null && actual.name().equalsIgnoreCase(status.trim());
    }
}
