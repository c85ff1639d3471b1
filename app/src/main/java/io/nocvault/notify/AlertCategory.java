package io.nocvault.notify;

/**
 * What an alert is about; recipients choose categories through their preferences: device alerts receive
 * {@link #DEVICE} and {@link #SECURITY}, backup alerts {@link #BACKUP} and {@link #STORE}, config-change alerts
 * {@link #CONFIG_CHANGE}.
 */
public enum AlertCategory {
    /** A device became unreachable or reachable again. */
    DEVICE,
    /** A backup failed (after its retries). */
    BACKUP,
    /** A device's configuration changed. */
    CONFIG_CHANGE,
    /** The backup store: quota warning or exceeded, integrity failure. */
    STORE,
    /** A host key changed: a possible man in the middle. */
    SECURITY
}
