package io.nocvault.schedule.internal;

/** How a schedule's fire times are given. */
public enum ScheduleKind {
    /** Every day at a time of day. */
    DAILY,
    /** Every week on a day of the week at a time of day. */
    WEEKLY,
    /** Every month on a day of the month (the month's last day when it is shorter) at a time of day. */
    MONTHLY,
    /** A 5-field cron expression (minute hour day-of-month month day-of-week). */
    CRON
}
