package io.nocvault.schedule.internal;

import io.nocvault.backup.BackupRuns;
import io.nocvault.backup.RunTarget;
import io.nocvault.common.NotFoundException;
import io.nocvault.common.Origin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Starts the backup run of a schedule through the backup module, looked up when needed: a failure to start becomes
 * the schedule's last result instead of an exception.
 */
@Component
class BackupStarter {

    static final String UNAVAILABLE = "backup runs unavailable";
    private static final Logger log = LoggerFactory.getLogger(BackupStarter.class);

    private final ObjectProvider<BackupRuns> runs;

    BackupStarter(ObjectProvider<BackupRuns> runs) {
        this.runs = runs;
    }

    Started start(String scheduleName, RunTarget target, Origin origin) {
        BackupRuns backups = runs.getIfAvailable();
        if (backups == null) {
            log.warn("Schedule {} could not start a backup run: {}", scheduleName, UNAVAILABLE);
            return new Started(null, UNAVAILABLE);
        }
        try {
            long runId = backups.start(target, origin);
            log.info("Schedule {} started backup run {} ({})", scheduleName, runId, target.describe());
            return new Started(runId, "started run " + runId);
        } catch (NotFoundException e) {
            log.warn("Schedule {} could not start a backup run: target not found", scheduleName);
            return new Started(null, "target not found (a NOC or device was deleted?)");
        } catch (RuntimeException e) {
            log.warn("Schedule {} could not start a backup run", scheduleName, e);
            return new Started(null, "could not start: " + e.getClass().getSimpleName());
        }
    }

    /** The run started ({@code runId} set) or why none did. */
    record Started(Long runId, String result) {

        boolean success() {
            return runId != null;
        }
    }
}
