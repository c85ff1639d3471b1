package io.nocvault.notify.internal;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its first attempt. */
    QUEUED,
    /** The channel accepted it. */
    SENT,
    /** Every attempt failed. */
    FAILED,
    /** An attempt failed; another one is scheduled. */
    RETRYING
}
