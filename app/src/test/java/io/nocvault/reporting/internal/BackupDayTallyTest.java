package io.nocvault.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.nocvault.backup.BackupFailed;
import io.nocvault.backup.BackupSucceeded;
import io.nocvault.test.NocVaultTest;
import io.nocvault.test.TestNocs;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Outcomes published inside backup transactions reach the daily counters through the tally: every one counted once,
 * none from a rolled-back transaction, and the publishing threads never wait for a second connection (200 threads
 * at once against a pool of 20 would time out if they did).
 */
@NocVaultTest
class BackupDayTallyTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BackupDayTally tally;

    @Test
    void countsEveryCommittedOutcomeOnceAndNoneRolledBack() throws Exception {
        long noc = new TestNocs(jdbc).create("tally");
        Instant at = Instant.parse("2026-03-04T10:00:00Z");
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<Future<?>> done = new ArrayList<>();
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 200; i++) {
                int n = i;
                done.add(threads.submit(() -> transaction.executeWithoutResult(status -> {
                    jdbc.sql("select 1").query(Integer.class).single(); // holds a connection, as a run's device does
                    if (n % 10 == 0) {
                        events.publishEvent(new BackupFailed(1, n, noc, "d" + n, "TIMEOUT", "login", "x", 3, at));
                    } else {
                        events.publishEvent(new BackupSucceeded(1, n, noc, "d" + n, (long) n, false, at));
                    }
                    if (n % 50 == 1) {
                        status.setRollbackOnly();
                    }
                })));
            }
            for (Future<?> f : done) {
                f.get();
            }
        }
        tally.write();

        var row = jdbc.sql("select succeeded, failed from reporting_backup_days where backup_day = :d and noc_id = :n")
                .param("d", LocalDate.ofInstant(at, ZoneOffset.UTC))
                .param("n", noc)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)})
                .single();
        // 200 outcomes: 20 failures (every tenth), 4 successes rolled back (1, 51, 101, 151)
        assertThat(row).containsExactly(176L, 20L);
    }
}
