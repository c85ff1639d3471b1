package io.nocvault.backup;

/** What a run did for one device. */
public enum DeviceOutcome {
    /** Not done yet. */
    PENDING,
    /** The config changed (or is the first one): a new version was stored. */
    STORED,
    /** The config is the same as the latest version, which is now confirmed at this time. */
    UNCHANGED,
    /** Capturing or storing failed; the error says why. */
    FAILED,
    /** Not attempted: the run was cancelled or the device is disabled. */
    SKIPPED
}
