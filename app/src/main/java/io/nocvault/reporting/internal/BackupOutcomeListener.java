package io.nocvault.reporting.internal;

import io.nocvault.backup.BackupFailed;
import io.nocvault.backup.BackupSucceeded;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Counts every device backup outcome into {@link BackupDays} once the backup's transaction committed (at once when
 * it was published without one), on the UTC day of the outcome.
 */
@Component
class BackupOutcomeListener {

    private final BackupDays days;

    BackupOutcomeListener(BackupDays days) {
        this.days = days;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BackupSucceeded event) {
        days.count(day(event.at()), event.nocId(), true);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(BackupFailed event) {
        days.count(day(event.at()), event.nocId(), false);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at == null ? Instant.now() : at, ZoneOffset.UTC);
    }
}
