/**
 * Schedules: backup schedules (daily, weekly, monthly at hh:mm, or a cron expression, each in its own time zone)
 * and the ping test schedule, persisted and fired by db-scheduler on the application database.
 *
 * <p>API for other modules: {@link io.nocvault.schedule.UpcomingBackups} (the next scheduled backup, for the
 * dashboard).
 */
@ApplicationModule(
        displayName = "Schedules",
        allowedDependencies = {"common", "identity", "noc", "inventory", "backup"})
package io.nocvault.schedule;

import org.springframework.modulith.ApplicationModule;
