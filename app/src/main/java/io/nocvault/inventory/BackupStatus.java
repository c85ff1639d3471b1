package io.nocvault.inventory;

/** The outcome of a device's last backup, as the device list shows it. */
public enum BackupStatus {
    /** Never backed up. */
    NEVER,
    SUCCESS,
    FAILED
}
