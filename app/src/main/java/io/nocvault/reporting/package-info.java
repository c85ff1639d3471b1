/**
 * Reporting: the dashboard (device counts, types, health, recipients, next scheduled backup, recent actions,
 * backup trends, storage by device), its statistics API, and the CSV and PDF reports. It owns only the daily backup
 * counters it keeps from the backup module's events; every other figure comes from the other modules' APIs, in the
 * caller's NOC scope.
 */
@ApplicationModule(
        displayName = "Reporting",
        allowedDependencies = {"common", "identity", "noc", "audit", "inventory", "backup", "notify", "schedule"})
package io.nocvault.reporting;

import org.springframework.modulith.ApplicationModule;
