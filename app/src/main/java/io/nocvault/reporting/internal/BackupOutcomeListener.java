package io.nocvault.reporting.internal;

import io.nocvault.backup.BackupFailed;
import io.nocvault.backup.BackupSucceeded;
import io.nocvault.common.AfterCommit;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts every device backup outcome into {@link BackupDays}, on the UTC day of the outcome: once the backup's
 * transaction committed through {@link BackupDayTally}, at once when it was published without one. A counter is a
 * statistic: it takes no durable event publication ({@link AfterCommit}).
 */
@Component
class BackupOutcomeListener {

    private final BackupDays days;
    private final BackupDayTally tally;

    BackupOutcomeListener(BackupDays days, BackupDayTally tally) {
        this.days = days;
        this.tally = tally;
    }

    @EventListener
    void on(BackupSucceeded event) {
        count(day(event.at()), event.nocId(), true);
    }

    @EventListener
    void on(BackupFailed event) {
        count(day(event.at()), event.nocId(), false);
    }

    private void count(LocalDate day, long nocId, boolean succeeded) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            AfterCommit.run(() -> tally.add(day, nocId, succeeded));
        } else {
            days.count(day, nocId, succeeded);
        }
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at == null ? Instant.now() : at, ZoneOffset.UTC);
    }
}
