package io.nocvault.backup.internal;

import io.nocvault.backup.BackupVersion;
import io.nocvault.backup.BlobCorruptException;
import io.nocvault.backup.IntegrityFailed;
import io.nocvault.backup.IntegrityStatus;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records verification results: the one place that marks a version {@code CORRUPT} and publishes
 * {@link IntegrityFailed} (on the change from OK only, so a known corruption is not announced every night). Runs in
 * its own transaction, so the mark stays even when the caller's work rolls back.
 */
@Component
class IntegrityMarker {

    private static final Logger log = LoggerFactory.getLogger(IntegrityMarker.class);

    private final VersionRows rows;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    IntegrityMarker(
            VersionRows rows, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.rows = rows;
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    void ok(BackupVersion version) {
        ownTransaction.executeWithoutResult(
                status -> rows.markIntegrity(version.id(), IntegrityStatus.OK, clock.instant()));
    }

    void corrupt(BackupVersion version, BlobCorruptException failure) {
        log.error(
                "Backup version {} of device {} failed verification: {}",
                version.id(),
                version.deviceId(),
                failure.getMessage());
        ownTransaction.executeWithoutResult(status -> {
            rows.markIntegrity(version.id(), IntegrityStatus.CORRUPT, clock.instant());
            if (version.integrity() == IntegrityStatus.OK) {
                events.publishEvent(new IntegrityFailed(
                        version.id(),
                        version.deviceId(),
                        version.nocId(),
                        failure.blobId(),
                        failure.getMessage(),
                        clock.instant()));
            }
        });
    }
}
