package io.nocvault.schedule.internal;

/** Who may do what with schedules, as {@code @PreAuthorize} expressions. */
public final class ScheduleAuthorization {

    /** Reading schedules: every role (the NOC scope decides which). */
    public static final String READ = "hasRole('VIEWER')";
    /** Creating, changing, enabling, disabling, running and deleting schedules. */
    public static final String MANAGE = "hasRole('ADMIN')";

    private ScheduleAuthorization() {}
}
