package io.nocvault.backup.run;

import io.nocvault.backup.RunStatus;
import io.nocvault.common.Origin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * At start, runs still marked as running were cut off when NocVault stopped (or crashed): they end as
 * {@code INTERRUPTED}, their unfinished devices as skipped. One NocVault node per database is assumed here.
 */
@Component
class RunRecovery {

    private static final Logger log = LoggerFactory.getLogger(RunRecovery.class);

    private final RunRows rows;
    private final RunExecutor executor;
    private final RunFinisher finisher;

    RunRecovery(RunRows rows, RunExecutor executor, RunFinisher finisher) {
        this.rows = rows;
        this.executor = executor;
        this.finisher = finisher;
    }

    @EventListener(ApplicationReadyEvent.class)
    void markInterrupted() {
        for (long runId : rows.running()) {
            if (executor.execution(runId).isEmpty()) {
                finisher.endOrphan(runId, RunStatus.INTERRUPTED, "NocVault stopped during the run", Origin.system());
                log.warn("Backup run {} was interrupted when NocVault stopped", runId);
            }
        }
    }
}
