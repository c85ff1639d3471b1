package io.nocvault.transport.internal;

/** Whether a pinned host key still matches what the device or jump server presents. */
public enum HostKeyStatus {
    /** The pinned key is the last one seen. */
    PINNED,
    /** Another key was offered and refused; it waits for an admin to accept it (or forget the pin). */
    CHANGED
}
