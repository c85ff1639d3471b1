package io.nocvault.backup.run;

import io.nocvault.backup.RunStatus;
import io.nocvault.common.NotFoundException;
import java.util.Locale;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** What the run API and pages share: parsing the status filter and opening a live stream. */
final class RunFilters {

    private RunFilters() {}

    /** The status filter: empty means any; else a {@link RunStatus} name (any case). */
    static RunStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return RunStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRunRequest("status", "Status must be one of RUNNING, FINISHED, CANCELLED, INTERRUPTED");
        }
    }

    /** The run's live events for the caller; 404 when he may not see the run. */
    static SseEmitter stream(RunService runs, RunProgress progress, long runId) {
        RunVisibility visibility = runs.visibility();
        if (runs.find(runId).isEmpty()) {
            throw new NotFoundException("Backup run", runId);
        }
        return progress.subscribe(runId, visibility, () -> runs.report(runId, visibility));
    }
}
