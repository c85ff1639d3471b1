package io.nocvault.backup;

/** Where a backup run stands. INTERRUPTED: NocVault stopped while it ran. */
public enum RunStatus {
    RUNNING,
    FINISHED,
    CANCELLED,
    INTERRUPTED
}
