package io.nocvault.backup.internal;

import io.nocvault.backup.BackupRetention;
import io.nocvault.backup.Scrubber;
import io.nocvault.common.Origin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The store's nightly jobs: retention of every device (then the sweep of blobs a crash left without a row),
 * and the integrity scrub of a rotating share. Schedules: {@code nocvault.backup.retention.cron} and
 * {@code nocvault.backup.scrub.cron} ({@code -} turns a job off). The schedule module moves these to db-scheduler.
 */
@Component
class StoreMaintenance {

    private static final Logger log = LoggerFactory.getLogger(StoreMaintenance.class);

    private final BackupRetention retention;
    private final BlobCollector collector;
    private final Scrubber scrubber;
    private final double scrubShare;

    StoreMaintenance(
            BackupRetention retention, BlobCollector collector, Scrubber scrubber, BackupStoreProperties properties) {
        this.retention = retention;
        this.collector = collector;
        this.scrubber = scrubber;
        this.scrubShare = properties.scrub().share();
    }

    @Scheduled(cron = "${nocvault.backup.retention.cron:0 0 3 * * *}")
    void nightlyRetention() {
        try {
            retention.applyAll(Origin.system());
            collector.sweepOrphans();
        } catch (RuntimeException e) {
            log.error("Nightly backup retention failed", e);
        }
    }

    @Scheduled(cron = "${nocvault.backup.scrub.cron:0 30 3 * * *}")
    void nightlyScrub() {
        try {
            scrubber.scrubShare(scrubShare);
        } catch (RuntimeException e) {
            log.error("Nightly backup scrub failed", e);
        }
    }
}
