package io.nocvault.notify.internal;

/** Who may do what in the notify module, as {@code @PreAuthorize} expressions. */
public final class NotifyAuthorization {

    /** Reading recipients: every role (the NOC scope decides which). */
    public static final String READ_RECIPIENTS = "hasRole('VIEWER')";
    /** Creating, changing and deleting recipients (within the NOCs the admin sees). */
    public static final String MANAGE_RECIPIENTS = "hasRole('ADMIN')";
    /** Channels and the delivery log. */
    public static final String ADMIN = "hasRole('ADMIN')";

    private NotifyAuthorization() {}
}
