package io.nocvault.inventory;

/** Whether a device answered its last ping test. */
public enum Reachability {
    /** Never pinged. */
    UNKNOWN,
    ACTIVE,
    INACTIVE
}
