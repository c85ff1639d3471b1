package io.nocvault.backup.run;

import io.nocvault.backup.BackupRetention;
import io.nocvault.backup.BackupRunFinished;
import io.nocvault.backup.RunReport;
import io.nocvault.backup.RunStatus;
import io.nocvault.common.Origin;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ends runs: applies retention to the devices that got a new version, marks devices never started as skipped, sets
 * the run's status and end, publishes {@link BackupRunFinished} with the totals and closes the live streams.
 */
@Component
class RunFinisher {

    private static final Logger log = LoggerFactory.getLogger(RunFinisher.class);

    private final RunRows rows;
    private final BackupRetention retention;
    private final ApplicationEventPublisher events;
    private final RunProgress progress;
    private final RunMetrics metrics;
    private final Clock clock;
    private final TransactionTemplate transaction;

    RunFinisher(
            RunRows rows,
            BackupRetention retention,
            ApplicationEventPublisher events,
            RunProgress progress,
            RunMetrics metrics,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.retention = retention;
        this.events = events;
        this.progress = progress;
        this.metrics = metrics;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    void started() {
        metrics.runStarted();
    }

    void finish(RunExecution run) {
        for (long deviceId : run.newVersions()) {
            try {
                retention.apply(deviceId, Origin.system());
            } catch (RuntimeException e) {
                log.warn("Retention after backup run {} failed for device {}", run.runId(), deviceId, e);
            }
        }
        RunStatus status =
                run.stopping() ? RunStatus.INTERRUPTED : run.cancelled() ? RunStatus.CANCELLED : RunStatus.FINISHED;
        String why = status == RunStatus.INTERRUPTED ? "NocVault stopped during the run" : "Run cancelled";
        end(run.runId(), status, why, run.origin());
        metrics.runEnded(status);
    }

    /**
     * Ends a run that is not running on this node (cancelled, or found running at start after NocVault stopped):
     * its pending devices are skipped.
     */
    void endOrphan(long runId, RunStatus status, String why, Origin origin) {
        end(runId, status, why, origin);
    }

    private void end(long runId, RunStatus status, String why, Origin origin) {
        Instant now = clock.instant();
        transaction.executeWithoutResult(tx -> {
            rows.skipPending(runId, why, now);
            if (rows.finishRun(runId, status, now)) {
                RunReport totals =
                        rows.report(runId, RunVisibility.everything()).orElseThrow();
                events.publishEvent(new BackupRunFinished(
                        origin,
                        runId,
                        status,
                        totals.total(),
                        totals.stored(),
                        totals.unchanged(),
                        totals.failed(),
                        totals.skipped()));
            }
        });
        progress.finished(runId, visibility -> rows.report(runId, visibility));
    }
}
