package io.nocvault.notify;

/** How many recipients the caller sees in his listed NOCs (the same rule as the recipient list). */
public interface RecipientCount {

    /** The listed recipients, enabled or not. */
    long listed();
}
