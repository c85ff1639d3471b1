package io.nocvault.notify;

import java.util.Locale;

/**
 * The wording of every alert NocVault raises, in one place. Each method takes plain values and answers a
 * ready {@link Alert}, so that wiring an event is one line: {@code alerts.raise(AlertTexts.backupFailed(...))}.
 * Links are relative; the notify module makes them absolute with {@code nocvault.base-url}.
 */
public final class AlertTexts {

    private AlertTexts() {}

    /** A device stopped answering (ping or SSH). */
    public static Alert deviceUnreachable(long deviceId, String deviceName, Long nocId, String address, String detail) {
        String text = "Device " + deviceName + " (" + address + ") is unreachable" + suffix(detail) + ".";
        return Alert.of(AlertCategory.DEVICE, nocId, deviceKey(deviceId), "Device unreachable: " + deviceName, text)
                .withLink(deviceLink(deviceId))
                .withItem(deviceName);
    }

    /** A device answers again; clears the suppression of {@link #deviceUnreachable}. */
    public static Alert deviceReachable(long deviceId, String deviceName, Long nocId, String address) {
        String text = "Device " + deviceName + " (" + address + ") is reachable again.";
        return Alert.of(AlertCategory.DEVICE, nocId, deviceKey(deviceId), "Device reachable again: " + deviceName, text)
                .withLink(deviceLink(deviceId))
                .withItem(deviceName)
                .asRecovery();
    }

    /** A device's backup failed after all its retries. */
    public static Alert backupFailed(long deviceId, String deviceName, Long nocId, int attempts, String error) {
        String text = "The backup of " + deviceName + " failed after " + attempts + " attempt"
                + (attempts == 1 ? "" : "s") + suffix(error) + ".";
        return Alert.of(AlertCategory.BACKUP, nocId, backupKey(deviceId), "Backup failed: " + deviceName, text)
                .withLink(deviceLink(deviceId))
                .withItem(deviceName);
    }

    /** A device's backup succeeded again after failing; clears the suppression of {@link #backupFailed}. */
    public static Alert backupRecovered(long deviceId, String deviceName, Long nocId) {
        return Alert.of(
                        AlertCategory.BACKUP,
                        nocId,
                        backupKey(deviceId),
                        "Backup works again: " + deviceName,
                        "The backup of " + deviceName + " succeeded again.")
                .withLink(deviceLink(deviceId))
                .withItem(deviceName)
                .asRecovery();
    }

    /**
     * A device's configuration changed: {@code summary} such as {@code +3 -1 lines}, linked to the diff of the two
     * versions. Every change is news, so the dedup key names the new version.
     */
    public static Alert configChanged(
            long deviceId, String deviceName, Long nocId, long previousVersionId, long versionId, String summary) {
        String text = "The configuration of " + deviceName + " changed" + suffix(summary) + ".";
        return Alert.of(
                        AlertCategory.CONFIG_CHANGE,
                        nocId,
                        "config-changed:device:" + deviceId + ":version:" + versionId,
                        "Configuration changed: " + deviceName,
                        text)
                .withLink("/compare/" + previousVersionId + "/" + versionId)
                .withItem(deviceName);
    }

    /** The backup store passed its warning threshold. */
    public static Alert quotaWarning(long usedBytes, long limitBytes, int thresholdPercent) {
        String text = "The backup store uses " + bytes(usedBytes) + " of " + bytes(limitBytes) + " ("
                + percent(usedBytes, limitBytes) + "), above the warning threshold of " + thresholdPercent + "%.";
        return Alert.of(AlertCategory.STORE, null, "store-quota:warning", "Backup store quota warning", text);
    }

    /** The backup store is full: new versions are refused. */
    public static Alert quotaExceeded(long usedBytes, long limitBytes) {
        String text = "The backup store uses " + bytes(usedBytes) + " of " + bytes(limitBytes)
                + ": new versions are refused until space is freed or the quota raised.";
        return Alert.of(AlertCategory.STORE, null, "store-quota:exceeded", "Backup store quota exceeded", text);
    }

    /** The store's quota is fine again; clears both quota alerts' suppression (raise it for each key). */
    public static Alert quotaRecovered(boolean exceededKey, long usedBytes, long limitBytes) {
        String key = exceededKey ? "store-quota:exceeded" : "store-quota:warning";
        String text = "The backup store uses " + bytes(usedBytes) + " of " + bytes(limitBytes) + " again.";
        return Alert.of(AlertCategory.STORE, null, key, "Backup store quota back to normal", text)
                .asRecovery();
    }

    /** A stored version failed its integrity check (hash mismatch, undecryptable, missing blob). */
    public static Alert integrityFailed(long versionId, String deviceName, Long nocId, String detail) {
        String text = "Version " + versionId + " of " + deviceName + " failed its integrity check" + suffix(detail)
                + ". Restore it from an offsite copy or take a new backup.";
        return Alert.of(
                        AlertCategory.STORE,
                        nocId,
                        "integrity:version:" + versionId,
                        "Integrity check failed: " + deviceName,
                        text)
                .withItem(deviceName);
    }

    /** A device or jump server presented a host key other than the pinned one; the connection was refused. */
    public static Alert hostKeyChanged(
            String subject, Long nocId, String label, String pinnedFingerprint, String presentedFingerprint) {
        String text = label + " presented a different SSH host key. NocVault refused the connection before sending"
                + " any credential.\nPinned:    " + pinnedFingerprint + "\nPresented: " + presentedFingerprint
                + "\nIf the device was replaced or re-keyed, an admin accepts the new key; otherwise treat it as a"
                + " possible man-in-the-middle attack.";
        return Alert.of(
                        AlertCategory.SECURITY,
                        nocId,
                        "host-key:" + subject + ":" + presentedFingerprint,
                        "Host key changed: " + label,
                        text)
                .withItem(label);
    }

    /**
     * How a summary counts {@code count} alerts of one kind, e.g. {@code 50 backups failed} or {@code 2 devices
     * reachable again}.
     */
    public static String summaryGroup(AlertCategory category, boolean recovery, int count) {
        boolean one = count == 1;
        String words = switch (category) {
            case DEVICE -> (one ? "device " : "devices ") + (recovery ? "reachable again" : "unreachable");
            case BACKUP -> (one ? "backup " : "backups ") + (recovery ? "working again" : "failed");
            case CONFIG_CHANGE -> one ? "configuration changed" : "configurations changed";
            case STORE -> (one ? "store alert" : "store alerts") + (recovery ? " cleared" : "");
            case SECURITY -> one ? "host key changed" : "host keys changed";
        };
        return count + " " + words;
    }

    private static String deviceKey(long deviceId) {
        return "device-unreachable:device:" + deviceId;
    }

    private static String backupKey(long deviceId) {
        return "backup-failed:device:" + deviceId;
    }

    private static String deviceLink(long deviceId) {
        return "/devices/" + deviceId;
    }

    private static String suffix(String detail) {
        return detail == null || detail.isBlank() ? "" : ": " + detail.strip();
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, units[unit]);
    }

    private static String percent(long used, long limit) {
        return limit <= 0 ? "?" : String.format(Locale.ROOT, "%.0f%%", 100.0 * used / limit);
    }
}
